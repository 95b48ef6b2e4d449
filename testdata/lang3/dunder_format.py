class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        if spec == "cents":
            return f"{self.v * 100}c"
        return "$" + format(self.v, spec)
    def __str__(self): return "Money"
m = Money(12.5)
print(format(m), format(m, "cents"), format(m, ">10.2f"))
print(f"{m}|{m:cents}|{m:08.3f}")
print("{0}|{0:cents}|{1:^9}".format(m, "mid"))
print(str(m), "%s" % m)
class NoFmt:
    def __str__(self): return "nofmt"
print(format(NoFmt()), f"{NoFmt()}")
try:
    format(NoFmt(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadFmt:
    def __format__(self, spec): return 5
try:
    f"{BadFmt()}"
except TypeError as e:
    print("TypeError:", e)
print(format(255, "x"), format(3.14159, ".2f"), format("s", "<3") + "|")
print(format(True, "d"), format(True), f"{True:>6}")
