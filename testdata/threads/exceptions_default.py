# pyg-only: CPython shows the frames of its own threading.py (machine-specific path).
# The default threading.excepthook prints "Exception in thread NAME:" and the
# traceback to stderr; the main thread goes on and exits 0.
import threading

def worker(n):
    x = [1, 2]
    return x[n]

t = threading.Thread(target=worker, args=(5,))
t.start()
t.join()
print("main continues", t.is_alive())
