# sys.exit() and SystemExit in threads, as CPython 3.13: they end only their
# thread, silently with the default hooks; a custom threading.excepthook sees
# them; the process's exit status comes from the main thread alone, which
# waits for the non-daemon threads first.
import _thread
import sys
import threading
import time

def exits(code):
    sys.exit(code)

for code in (0, 3, "message to nobody", None):
    t = threading.Thread(target=exits, args=(code,))
    t.start()
    t.join()
    print("thread with sys.exit(%r) done, alive:" % (code,), t.is_alive())

class MyExit(SystemExit):
    pass

def raises_subclass():
    raise MyExit(7)

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, args.exc_value.code, args.thread.name))

old_hook, threading.excepthook = threading.excepthook, hook
for target, args in ((exits, (5,)), (raises_subclass, ())):
    t = threading.Thread(target=target, args=args, name="T-" + target.__name__)
    t.start()
    t.join()
threading.excepthook = old_hook
print("custom hook saw:", seen)

# _thread.start_new_thread: SystemExit ends the thread silently.
done = _thread.allocate_lock()
done.acquire()
def raw():
    try:
        sys.exit(9)
    finally:
        done.release()
_thread.start_new_thread(raw, ())
done.acquire()
time.sleep(0.05)
print("raw thread exited")

# SystemExit caught inside the thread is an ordinary exception.
def catches():
    try:
        sys.exit(4)
    except SystemExit as e:
        print("caught in thread:", e.code, e.args)
t = threading.Thread(target=catches)
t.start()
t.join()

# The main thread's sys.exit waits for a running non-daemon thread, then
# prints the message and exits 1.
def slow():
    time.sleep(0.2)
    print("slow thread finished")
threading.Thread(target=slow).start()
sys.exit("main exits with a message")
