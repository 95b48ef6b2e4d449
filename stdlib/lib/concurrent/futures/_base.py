"""concurrent.futures._base: pyg keeps the implementation in the package itself."""

from concurrent.futures import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, PENDING, RUNNING, CANCELLED,
    CANCELLED_AND_NOTIFIED, FINISHED, Error, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed,
    DoneAndNotDoneFutures)
