# Benchmark (not a golden test: the leading underscore keeps it out):
# multiprocessing.Pool(2).map over a CPU-bound pure-Python function versus
# sequential, median of 3 runs each.
#   pyg --gil testdata/multiprocessing/_bench_pool_speedup.py [N]
import multiprocessing as mp
import sys
import time


def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def median(xs):
    return sorted(xs)[len(xs) // 2]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    jobs = [n] * 8
    seq, cold, warm = [], [], []
    for _ in range(3):
        t0 = time.perf_counter()
        expect = [work(j) for j in jobs]
        seq.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with mp.Pool(2) as pool:          # includes starting the 2 children
            t1 = time.perf_counter()
            got = pool.map(work, jobs)
            t2 = time.perf_counter()
            assert got == expect
            got = pool.map(work, jobs)    # workers already warm
            t3 = time.perf_counter()
            assert got == expect
        cold.append(t2 - t0)
        warm.append(t3 - t2)
    s, c, w = median(seq), median(cold), median(warm)
    print("sequential %.3f s  Pool(2).map %.3f s incl. start-up (%.2fx), %.3f s warm (%.2fx)"
          % (s, c, s / c, w, s / w))
