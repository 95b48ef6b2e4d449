def gen():
    yield 1
    yield 1 / 0
def consume():
    total = 0
    for x in gen():
        total += x
    return total
print("start")
try:
    consume()
except ZeroDivisionError as e:
    print("caught once:", e)
class Worker:
    def run(self):
        return [int(x) for x in ["1", "2", "x3"]]
Worker().run()
