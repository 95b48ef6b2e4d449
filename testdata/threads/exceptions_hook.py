# Uncaught exceptions in threads go to threading.excepthook; the program goes on.
import threading
import sys

def bad(n):
    return [1, 2][n]

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, file=sys.stderr)

threading.excepthook = hook
t = threading.Thread(target=bad, args=(5,))
t.start(); t.join()
t = threading.Thread(target=bad, args=(5,), name="named")
t.start(); t.join()

def quitter():
    sys.exit(3)
t = threading.Thread(target=quitter)
t.start(); t.join()
print(seen)

# SystemExit is silent with the default hook.
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=quitter)
t.start(); t.join()
print("after SystemExit in thread:", t.is_alive())

# A hook that itself raises falls back to sys.excepthook; keep it quiet here.
def broken_hook(args):
    raise ValueError("hook failed")
def quiet(tp, v, tb):
    print("sys.excepthook:", tp.__name__, v, file=sys.stderr)
sys.excepthook = quiet
threading.excepthook = broken_hook
t = threading.Thread(target=bad, args=(9,))
t.start(); t.join()
print("still running")
