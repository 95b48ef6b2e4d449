# multiprocessing.Queue between processes; values of the built-in types cross.
import multiprocessing as mp
import queue


def producer(q, n, tag):
    for i in range(n):
        q.put((tag, i))
    q.put((tag, None))


def echo(inq, outq):
    while True:
        item = inq.get()
        if item == "stop":
            break
        outq.put(item)


def locked_add(lock, q, k):
    with lock:
        q.put(k)


VALUES = [
    0, -1, 2**63, -(2**200) + 7, 3.25, float("inf"), -0.0, 1 + 2j, "héllo ☃", "",
    b"\x00\xffbytes", bytearray(b"ba"), None, True, False, [1, [2, [3]]], (1, (2,)), (),
    {"a": 1, 2: [3], (4, 5): {"n": None}}, {1, 2, 3}, frozenset({"x"}), set(),
    ValueError("bad value", 42), KeyError("k"),
]


if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=producer, args=(q, 5, t)) for t in "ab"]
    for p in ps:
        p.start()
    got, done = [], 0
    while done < 2:
        tag, i = q.get(timeout=30)
        if i is None:
            done += 1
        else:
            got.append((tag, i))
    for p in ps:
        p.join()
    print(sorted(got))
    print("per producer in order:", [i for t, i in got if t == "a"] == list(range(5)))

    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(inq, outq))
    p.start()
    for v in VALUES:
        inq.put(v)
    inq.put("stop")
    back = [outq.get(timeout=30) for _ in VALUES]
    p.join()
    for v, b in zip(VALUES, back):
        if isinstance(v, BaseException):
            print(type(b).__name__, b.args, type(b) is type(v))
        else:
            print(repr(b), b == v, type(b) is type(v))

    try:
        outq.get(timeout=0.05)
    except queue.Empty:
        print("queue.Empty after timeout")
    try:
        outq.get_nowait()
    except queue.Empty:
        print("queue.Empty without waiting")

    lock = mp.Lock()
    ps = [mp.Process(target=locked_add, args=(lock, q, k)) for k in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get(timeout=30) for _ in range(4)))
