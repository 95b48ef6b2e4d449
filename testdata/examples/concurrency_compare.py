# pyg-only: golden output recorded by pyg (go test ./cmd/pyg -update); times
# are printed only with --times, so the golden shows just the checksums.
#
# One CPU-bound and one I/O-bound workload, each run four ways: sequentially,
# with threads, with processes (multiprocessing: a child pyg per worker, each
# with its own GIL) and with asyncio (one thread, an event loop). Try:
#   pyg --gil   testdata/examples/concurrency_compare.py --times
#   pyg --nogil testdata/examples/concurrency_compare.py --times
# With the GIL, only processes speed up the CPU-bound work; threads, processes
# and asyncio all overlap the I/O waits. Free-threaded, threads scale too.
import asyncio
import multiprocessing
import sys
import threading
import time

CPU_JOBS = [20_000 + 1_000 * i for i in range(8)]  # count primes below n
IO_JOBS = list(range(16))                            # 16 "requests"
IO_WAIT = 0.05                                       # each waits 50 ms
WORKERS = 4


def count_primes(n):
    count = 0
    for k in range(2, n):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def fetch(i):
    time.sleep(IO_WAIT)
    return i * i + 1


async def fetch_async(i):
    await asyncio.sleep(IO_WAIT)
    return i * i + 1


async def count_primes_async(n):
    return count_primes(n)


def run_threads(fn, jobs):
    results = [None] * len(jobs)
    it = iter(range(len(jobs)))
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                i = next(it, None)
            if i is None:
                return
            results[i] = fn(jobs[i])

    ts = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results


def run_asyncio(afn, jobs):
    async def main():
        return await asyncio.gather(*(afn(j) for j in jobs))
    return asyncio.run(main())


def measure(way, fn):
    t0 = time.perf_counter()
    result = fn()
    return way, time.perf_counter() - t0, result


def main():
    show_times = "--times" in sys.argv[1:]
    mode = "GIL" if sys._is_gil_enabled() else "free-threaded"
    with multiprocessing.Pool(WORKERS) as pool:
        pool.map(abs, range(WORKERS))  # start the workers before timing
        workloads = [
            ("cpu-bound", [
                measure("sequential", lambda: [count_primes(n) for n in CPU_JOBS]),
                measure("threads", lambda: run_threads(count_primes, CPU_JOBS)),
                measure("processes", lambda: pool.map(count_primes, CPU_JOBS, chunksize=1)),
                measure("asyncio", lambda: run_asyncio(count_primes_async, CPU_JOBS)),
            ]),
            ("io-bound", [
                measure("sequential", lambda: [fetch(i) for i in IO_JOBS]),
                measure("threads", lambda: run_threads(fetch, IO_JOBS)),
                measure("processes", lambda: pool.map(fetch, IO_JOBS, chunksize=1)),
                measure("asyncio", lambda: run_asyncio(fetch_async, IO_JOBS)),
            ]),
        ]
    if show_times:
        print("mode: %s, %d workers, %d CPUs" % (mode, WORKERS, multiprocessing.cpu_count()))
    header = "%-10s %-11s %10s" % ("workload", "way", "checksum")
    if show_times:
        header += " %9s %8s" % ("seconds", "speedup")
    print(header)
    print("-" * len(header))
    for name, rows in workloads:
        base = rows[0][1]
        for way, secs, result in rows:
            line = "%-10s %-11s %10d" % (name, way, sum(result))
            if show_times:
                line += " %9.3f %7.2fx" % (secs, base / secs if secs else 0.0)
            print(line)
        agree = all(r[2] == rows[0][2] for r in rows)
        print("%-10s all four ways agree: %s" % (name, agree))


if __name__ == "__main__":
    main()
