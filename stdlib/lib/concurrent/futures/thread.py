"""concurrent.futures.thread: pyg keeps the implementation in the package itself."""

from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool
