# str.format: positional, keyword, indexing, attributes, conversions, nested specs.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format(*"xyz"))
print("{name} is {age}".format(name="Bob", age=7), "{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = [4, 5]
print("{0.x} {0.y[1]}".format(P()), "{p.x}".format(p=P()))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>8}".format("q"))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), "{:_^9}".format("mid"), "{:=+8}".format(42))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}{}}".format("x", ">", 4), "{0:{1}}".format(5, "03"))
print("{{}} {{{}}}".format(7), "{:%}".format(0.5), "{:,}".format(10 ** 9), "{:_x}".format(2 ** 32))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c}".format(10, 10, 255, 255, 5, 8, 255, 65))
print("{:e} {:E} {:.2e} {:g} {:G} {:.3g} {:n}".format(1234.5, 1234.5, 1234.5, 1234.5, 1e-10, 1234.5, 1234))
print("{:.1f} {:.0f} {:.0f} {:5.1f}|{:<7.2f}|{:+.1f}".format(0.05, 0.5, 1.5, 9.99, 2.5, 3))
print("{0:d} {0:5d} {0:<5d}| {0:^5d}| {0:x}".format(-12))
for spec, arg in [("{:d}", "s"), ("{:s}", 1), ("{0} {1}", (1,)), ("{x}", None), ("{:z}", 1), ("{", 1), ("}", 1)]:
    try:
        print(spec.format(arg) if spec != "{0} {1}" else spec.format(*arg))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print("{}".format([1, {"a": (2,)}]), "{}".format(None), "{}".format(True), "{:>5}".format(True))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data), "{}-{}".format(*data), "{0}{0}{0}".format("ab"))
print(format(3.5), format(3.5, ".3f"), format("s", ">3"), format(10, "x"), format(1234.5678, ",.2f"))
