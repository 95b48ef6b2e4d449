# A task whose exception nobody retrieves is reported when it is freed;
# an unawaited coroutine gets CPython's RuntimeWarning.
import asyncio


async def boom():
    raise ValueError("lost")


async def fine():
    return 1


async def main():
    fine()
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("main done")

asyncio.run(main())
print("after")
