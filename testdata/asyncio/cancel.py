# Cancellation: CancelledError at the await point, cancelled(), catching,
# re-raising, suppressing, timeouts, shield.
import asyncio


async def sleeper(name, log):
    try:
        log.append(name + " sleeping")
        await asyncio.sleep(10)
        log.append(name + " woke")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: caught CancelledError, returning normally")
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(sleeper("t", log))
    await asyncio.sleep(0.01)
    print("cancel() ->", t.cancel())
    print("cancelled() before it runs:", t.cancelled(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised CancelledError", repr(e))
    print("cancelled():", t.cancelled(), "done():", t.done())
    print(log)
    print("cancel() again ->", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # Cancel with a message.
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # Cancelling before the task ever runs.
    t = asyncio.create_task(sleeper("early", log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start; log unchanged:", "early sleeping" not in log)

    # CancelledError is not an Exception.
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        try:
            await t
        except Exception:
            print("wrong: caught as Exception")
    except asyncio.CancelledError:
        print("escaped except Exception")

    # wait_for times out, cancelling the inner coroutine.
    log2 = []
    try:
        await asyncio.wait_for(sleeper("wf", log2), timeout=0.02)
    except TimeoutError as e:
        print("wait_for:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(log2)
    print(await asyncio.wait_for(asyncio.sleep(0.01, "in time"), 1))

    # asyncio.timeout().
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("timeout() not expired:", cm.expired())

    # shield protects the inner task from the outer cancellation.
    inner = asyncio.create_task(asyncio.sleep(0.03, "inner result"))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.01))
    try:
        await outer
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print(await inner)

    # Cancelling a gather cancels its children.
    a = asyncio.create_task(sleeper("ga", log))
    b = asyncio.create_task(sleeper("gb", log))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", a.cancelled(), b.cancelled())
    print(log[-4:])

    # Cancellation of the current task by itself.
    async def selfcancel():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("self-cancel delivered at the next await")
            return "ok"
    print(await asyncio.create_task(selfcancel()))

asyncio.run(main())
