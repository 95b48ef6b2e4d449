# An exception raised deep inside nested calls: a traceback with several frames.
def parse(text):
    return [to_number(t) for t in text.split(",")]

def to_number(token):
    return convert(token.strip())

def convert(s):
    if not s.isdigit():
        raise ValueError(f"bad token {s!r}")
    return int(s)

def load(lines):
    return [parse(line) for line in lines]

print(load(["1,2", "3, 4"]))
print(load(["5,6", "7,x"]))
