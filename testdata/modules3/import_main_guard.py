import _mod3_runner
print("importer name", __name__)
print("runner name", _mod3_runner.__name__, _mod3_runner.ran_main)
print(_mod3_runner.run())
if __name__ == "__main__":
    print("main block of importer")
