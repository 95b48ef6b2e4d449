# gather: results in argument order, exceptions, return_exceptions.
import asyncio


async def square(x, delay):
    await asyncio.sleep(delay)
    return x * x


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(square(1, 0.03), square(2, 0.01), square(3, 0.02)))
    print(await asyncio.gather())
    r = await asyncio.gather(square(4, 0.01), fail("boom", 0.005), square(5, 0),
                             return_exceptions=True)
    print(r)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.gather(square(6, 0.01), fail("first", 0.005), fail("second", 0.02))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.03)  # let the others finish

    # A task, a coroutine and a future mixed.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "fut")
    task = asyncio.create_task(square(7, 0))
    print(await asyncio.gather(task, square(8, 0), fut))

    # Cancelling a child with return_exceptions puts a CancelledError there.
    t1 = asyncio.create_task(square(9, 1))
    t2 = asyncio.create_task(square(10, 0.01))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel()
    r = await g
    print([type(x).__name__ for x in r], r[1])

    # Nested gathers.
    inner = asyncio.gather(square(2, 0.01), square(3, 0))
    print(await asyncio.gather(inner, square(4, 0)))

    # Exceptions in tasks propagate to the awaiter.
    t = asyncio.create_task(fail("in task", 0))
    try:
        await t
    except ValueError as e:
        print("awaited task raised:", e, t.done(), type(t.exception()).__name__)

    async def chain(n):
        if n == 0:
            raise KeyError("deep")
        return await chain(n - 1)

    try:
        await asyncio.create_task(chain(5))
    except KeyError as e:
        print("chain raised", repr(e))

asyncio.run(main())

try:
    asyncio.run(fail("top", 0))
except ValueError as e:
    print("run raised:", e)
print(asyncio.run(square(11, 0)))
