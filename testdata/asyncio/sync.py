# Queue producer/consumer, Lock, Event, Semaphore, Condition.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print("got", item)
        out.append(item)
        await asyncio.sleep(0.001)


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty(), q.qsize(), q.maxsize)

    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    results = []

    async def work(name):
        while True:
            try:
                item = q.get_nowait()
            except asyncio.QueueEmpty:
                return
            await asyncio.sleep(0.01 * (item + 1))
            results.append((name, item))
            q.task_done()

    workers = [asyncio.create_task(work(n)) for n in "AB"]
    await q.join()
    print("joined", sorted(results))
    await asyncio.gather(*workers)

    fq = asyncio.Queue(1)
    fq.put_nowait("x")
    try:
        fq.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        fq.task_done()
        fq.task_done()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait((x, "p%d" % x))
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in [1, 2, 3]:
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

    # get() times out.
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except TimeoutError:
        print("get timed out")

    # Lock: mutual exclusion across awaits.
    lock = asyncio.Lock()
    counter = 0
    trace = []

    async def incr(name):
        nonlocal counter
        for _ in range(3):
            async with lock:
                v = counter
                trace.append(name)
                await asyncio.sleep(0.001)
                counter = v + 1

    await asyncio.gather(incr("a"), incr("b"), incr("c"))
    print("counter", counter, "locked", lock.locked(), trace)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    # Event.
    ev = asyncio.Event()

    async def waiter(i):
        print("waiter", i, "waiting")
        await ev.wait()
        print("waiter", i, "released")
        return i

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ws), ev.is_set())
    ev.clear()
    print(ev.is_set(), await ev.wait() if ev.set() is None else None)

    # Semaphore limits concurrency.
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
        return i

    print(await asyncio.gather(*[limited(i) for i in range(6)]), "peak", peak)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)

    # Condition.
    cond = asyncio.Condition()
    items = []

    async def cons(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "took", items.pop(0))

    cs = [asyncio.create_task(cons(i)) for i in range(2)]
    await asyncio.sleep(0.01)
    for x in ("apple", "pear"):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cs)

asyncio.run(main())
