# The program waits for non-daemon threads at exit; daemon threads are abandoned.
import threading
import time

def late():
    time.sleep(0.05)
    print("non-daemon thread finished")

def forever():
    threading.Event().wait()

threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
print("main done")
