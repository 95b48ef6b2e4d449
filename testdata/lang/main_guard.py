# if __name__ == "__main__": and module-level names.
import sys
def main(argv):
    print("main called with", len(argv), "arg(s)")
    print("script name ends with main_guard.py:", argv[0].endswith("main_guard.py"))
    return 0
print("__name__ is", __name__)
print(type(__builtins__).__name__ in ("module", "dict"))
if __name__ == "__main__":
    code = main(sys.argv)
    print("exit code would be", code)
else:
    print("imported")
