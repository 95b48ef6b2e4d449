# Helper module imported by import_mod.py and from_import.py (not run directly).
print("helper module executing, __name__ =", __name__)
VALUE = 42
items = []

def greet(name):
    return "hello from helper, " + name

class Thing:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Thing({self.n})"

def _private():
    return "private"

if __name__ == "__main__":
    print("never printed when imported")
