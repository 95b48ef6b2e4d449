# An exception raised inside a generator while it is being consumed.
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator broke")

for n in numbers():
    print("got", n)
