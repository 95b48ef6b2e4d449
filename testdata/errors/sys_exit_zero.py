# sys.exit() and sys.exit(0) inside try/finally: finally runs, exit code 0.
import sys
try:
    print("in try")
    sys.exit(0)
finally:
    print("finally still runs")
