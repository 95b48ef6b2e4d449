# f-strings: conversions, nested quotes, expressions, dict access.
name = "pyg"
n = 42
print(f"hello {name}", f'{n}', f"{n + 1}", f"{name.upper()}", f"{{literal}}")
print(f"{name!r}", f"{name!s}", f"{'héllo'!a}", f"{n!r:>6}", f"{[1, 'a']!s}")
d = {"key": "value", "n": 3}
print(f"{d['key']}", f'{d["n"]}', f"{d['key']!r}")
print(f"{'nested' + ' quotes'}", f"""{"triple"}""", f'''{'x'}''')
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{n:x}|{n:#x}|{n:b}|{n:o}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:*^{width}}]")
print(f"{1234567:,}", f"{1234567:_}", f"{0.25:.1%}", f"{1e6:e}", f"{1e6:g}")
print(f"{n = }", f"{n=}", f"{name = !r}", f"{n * 2 = }", f"{3.5=:.2f}")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i) for i in items)}")
print(f"{'yes' if n > 40 else 'no'}", f"{(lambda x: x * 2)(4)}")
print(f"{n}" f"{name}" "plain" f"{n}")
print(f"{f'{n}'}", f"{f'{name!r}':>8}")
print(f"multi {n} line {
    name}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{n:{'>'}{5}}", f"{-3:=6}", f"{3.0:}", f"{None}", f"{True:d}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
print(f"{P()}", f"{P():abc}", f"{P()!r}")
