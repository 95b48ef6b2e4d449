# multiprocessing.Pool: map, starmap, imap, apply_async, errors crossing back.
import multiprocessing as mp


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def describe(x, *, unit="m"):
    return "%s%s" % (x, unit)


class AppError(Exception):
    pass


def fail_on(x):
    if x == 7:
        raise AppError("seven is bad", x)
    return x


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(20)))
        print(pool.map(square, range(10), chunksize=3))
        print(pool.map(square, []))
        print(pool.starmap(power, [(2, 10), (3, 3), (10, 30), (-2, 65)]))
        print(list(pool.imap(square, range(8))))
        print(sorted(pool.imap_unordered(square, range(8))))
        r = pool.apply_async(describe, (5,), {"unit": "km"})
        print(r.get(timeout=30), r.ready(), r.successful())
        print(pool.apply(power, (7, 2)))
        r = pool.map_async(square, [1, 2, 3])
        print(r.get(timeout=30))
        got = []
        r = pool.apply_async(square, (12,), callback=got.append)
        r.wait()
        print("callback got", got)

        try:
            pool.map(fail_on, range(10))
        except AppError as e:
            print("map raised", type(e).__name__, e.args)

        r = pool.apply_async(divide, (1, 0))
        try:
            r.get(timeout=30)
        except ZeroDivisionError as e:
            print("apply_async raised", type(e).__name__, e)
        print("successful:", r.successful())

        errs = []
        r = pool.apply_async(divide, (1, 0), error_callback=errs.append)
        r.wait()
        print("error_callback got", [type(e).__name__ for e in errs])

        print(pool.map(divide, [1, 2, 3], [1] * 3) if False else pool.starmap(divide, [(1, 2), (9, 3)]))

    pool = mp.Pool(processes=3)
    print(pool.map(str, [1, 2.5, None]))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
    print("done")
