# to_thread runs blocking work in threads; run_coroutine_threadsafe and
# call_soon_threadsafe wake the loop from other threads.
import asyncio
import threading
import time


def blocking(n):
    time.sleep(0.05)
    return n * 10, threading.current_thread() is not threading.main_thread()


def failing():
    raise ValueError("from thread")


async def main():
    t0 = time.monotonic()
    results = await asyncio.gather(*[asyncio.to_thread(blocking, i) for i in range(5)])
    elapsed = time.monotonic() - t0
    print(results)
    print("concurrent:", elapsed < 0.2)
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print("to_thread raised", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def from_thread():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, "woken by thread")

    threading.Thread(target=from_thread).start()
    print(await fut)

    print(await loop.run_in_executor(None, blocking, 7))

    # The loop keeps running tasks while a thread blocks.
    ticks = []

    async def tick():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0.01)

    await asyncio.gather(asyncio.to_thread(time.sleep, 0.05), tick())
    print(ticks)


asyncio.run(main())

# run_coroutine_threadsafe from a worker thread into a loop.
loop = asyncio.new_event_loop()
done = []


async def compute(x):
    await asyncio.sleep(0.01)
    return x + 1


def client():
    cf = asyncio.run_coroutine_threadsafe(compute(41), loop)
    done.append(cf.result(timeout=5))
    loop.call_soon_threadsafe(loop.stop)


th = threading.Thread(target=client)
th.start()
loop.run_forever()
th.join()
loop.close()
print(done)
