rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
print(f"{'Item':<10}|{'Price':>8}|{'Qty':^5}|")
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5d}|")
print(f"{'':-^25}")
for v in [0, 1, -1, 255, 65535, 2 ** 40]:
    print(f"{v:>14,d}|{v:#012x}|{v:+08b}"[:60])
for v in [0.0, 1.0, -1.5, 3.14159, 1e10, 1.23e-7, 123456.789]:
    print(f"{v:10.3f}|{v:10.3e}|{v:10.3g}|{v:10.2%}|{v:<+10.1f}|")
print(f"{'left':<{8}}|{'right':>{8}}|{'mid':^{8}}|{'fill':_>{8}}|")
print(format(1234.5, ","), format(1234.5, "_.2f"), format(0.000001234, "g"), format(1e16, "g"), format(123, "e"))
print(format(-42, "=8d"), format(42, "=+8d"), format(3.5, "=10.2f"), format(-0.0, "+.1f"))
print(format(12, "c"), format(1e6, ".0f"), format(2 / 3, ".15g"), format(float("inf"), "+"), format(float("nan"), "E"))
print(format(255, "X"), format(255, "#b"), format(7, "03o"), format(1.0, "n"), format(1234567, "n"))
print(format("abc", ".1"), format("abc", "5.2"), format(True, "^6"), format(None, ""), format([1], ""))
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ".2s")
except ValueError as e:
    print("ValueError:", e)
print(format(10.0, ".0%"), format(0.5, "%"), format(1 / 3, ".3"), format(100.0, ".3"), format(12.0, ""))
