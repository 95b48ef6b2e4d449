print("{} {} {}".format(1, "a", [2]))
print("{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} {n[0]} {d[key]} {o.real}".format(name="N", n=[5], d={"key": "v"}, o=3))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {: d} {:,} {:_}".format(1, 2, 3, 4, 5, 1234567, 1234567))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:08b}".format(5, 8, 255, 255, 5, 8, 255, 5))
print("{:.2f} {:10.3f} {:e} {:.2E} {:g} {:%} {:.1%}".format(3.14159, 2.5, 12345.6789, 0.000123, 1e-7, 0.25, 0.123))
print("{:,.2f} {:_.3f} {:=+10.2f} {:010.2f}".format(1234567.891, 9876.54321, 3.5, -3.5))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format(1))
print("{0:{1}}|{0:>{1}}|{2:.{3}f}".format("x", 5, 3.14159, 2))
print("{:c} {:n} {:s}".format(97, 1234, "str"))
print("{:>10,}".format(10 ** 9), "{:^+8.1f}".format(2.25))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(-0.0, ".1f"), format(1e100, ".3g"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
