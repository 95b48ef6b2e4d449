import sys
def cleanup():
    print("cleanup in finally")
try:
    print("about to exit")
    try:
        sys.exit(3)
    except SystemExit as e:
        print("caught SystemExit", e.code)
    try:
        sys.exit("message to stderr")
    except SystemExit as e:
        print("caught", repr(e.code))
    try:
        raise SystemExit
    except SystemExit as e:
        print("code", e.code)
    sys.exit(7)
finally:
    cleanup()
print("unreachable")
