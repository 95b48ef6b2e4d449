# raise SystemExit(3): exit code 3 and no traceback.
print("exiting with 3")
raise SystemExit(3)
print("not reached")
