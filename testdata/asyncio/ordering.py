# Task completion order follows the sleep lengths, not the creation order.
import asyncio

order = []


async def worker(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    order.append(name)
    print("done", name)
    return name * 2


async def main():
    tasks = [asyncio.create_task(worker(n, d), name="w-" + n)
             for n, d in [("slow", 0.12), ("fast", 0.02), ("mid", 0.06)]]
    print([t.get_name() for t in tasks])
    print([t.done() for t in tasks])
    results = [await t for t in tasks]
    print(results)
    print(order)
    print([t.done() for t in tasks], [t.result() for t in tasks])

    # sleep(0) yields to the other ready tasks, round robin.
    async def ticker(name, n):
        for i in range(n):
            print(name, i)
            await asyncio.sleep(0)

    await asyncio.gather(ticker("A", 3), ticker("B", 3))

    # Callbacks and timers on the loop.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "later")
    loop.call_soon(print, "soon")
    h = loop.call_later(0.01, print, "never")
    h.cancel()
    print(await fut, h.cancelled())
    t = asyncio.create_task(worker("cb", 0))
    t.add_done_callback(lambda task: print("callback sees", task.result()))
    await t
    await asyncio.sleep(0)
    print(asyncio.current_task().get_name() == "Task-1" or asyncio.current_task().get_name())

    # as_completed yields in completion order.
    async def quiet(name, delay):
        await asyncio.sleep(delay)
        return name

    aws = [quiet("ac" + str(i), d) for i, d in enumerate([0.06, 0.02, 0.04])]
    for coro in asyncio.as_completed(aws):
        print("as_completed", await coro)

    # wait with FIRST_COMPLETED / ALL_COMPLETED.
    ts = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (0.02, 0.1)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(1))], timeout=0.01)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
c = worker("x", 0)
print(asyncio.iscoroutine(c), type(c).__name__)
c.close()
