# Async generators, async for, async with, async comprehensions, await in
# comprehensions, the coroutine protocol by hand.
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i - 1


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.001)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def echo():
    try:
        received = yield "ready"
        while True:
            received = yield "echo:" + str(received)
    finally:
        print("echo finalized")


async def main():
    async for i in ticker(3, 0.001):
        print("tick", i)
    async for i in AsyncRange(3):
        if i == 1:
            continue
        print("range", i)
    else:
        print("async for else")
    async for i in AsyncRange(5):
        if i == 2:
            break
    print("broke at", i)

    print([x async for x in ticker(4, 0)])
    print({x: x * x async for x in AsyncRange(3)})
    print({x % 2 async for x in AsyncRange(5)})
    print([await double(x) for x in range(4)])
    print([y async for x in AsyncRange(3) for y in range(x)])
    print([x async for x in AsyncRange(6) if x % 2 if await double(x) > 2])
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__, [v async for v in gen])
    agen = (x async for x in AsyncRange(3))
    print(type(agen).__name__, [v async for v in agen])

    async with Resource("a") as r:
        print("using", r.name)
    async with Resource("b"), Resource("c") as c:
        print("using", c.name)
        raise KeyError("suppressed")
    try:
        async with Resource("d"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Resource("loop%d" % i):
            if i == 1:
                break
    async def ret():
        async with Resource("ret"):
            return "returned"
    print(await ret())

    # asend / athrow / aclose.
    g = echo()
    print(await g.__anext__())
    print(await g.asend(1))
    print(await g.asend("two"))
    try:
        await g.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g = echo()
    await g.asend(None)
    await g.aclose()
    print(type(g).__name__, g.__name__)

    async def catcher():
        try:
            yield 1
        except ValueError:
            yield "recovered"
    g = catcher()
    print(await g.__anext__(), await g.athrow(ValueError))
    await g.aclose()

    # Awaiting an object with __await__.
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom awaitable"
    print(await Awaitable())

    try:
        await 42
    except TypeError as e:
        print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    try:
        async with Awaitable():
            pass
    except TypeError as e:
        print(e)


asyncio.run(main())


# The coroutine protocol without an event loop.
async def add(a, b):
    return a + b


async def outer():
    return await add(1, 2) + await add(3, 4)


c = outer()
print(type(c).__name__, repr(c).startswith("<coroutine object outer at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c = add(1, 2)
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
c.close()
c = add(1, 2)
it = c.__await__()
try:
    next(it)
except StopIteration as e:
    print("__await__ iterator:", e.value)
c = add(1, 2)
c.close()
print(c.cr_frame is None)


async def never():
    pass

never()
print("end")
