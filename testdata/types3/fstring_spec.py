x, f, s = 42, 3.14159265, "text"
print(f"{x}|{x:5}|{x:<5}|{x:^5}|{x:>05}|{x:x}|{x:#X}|{x:b}|{x:,}")
print(f"{f:.3f}|{f:10.2f}|{f:<10.1f}|{f:e}|{f:.0e}|{f:g}|{f:%}|{f:+.1f}")
print(f"{s!r}|{s:>8}|{s:.2}|{s:*<7}|{s!s:^10}|{s!a}")
width, prec = 10, 3
print(f"{f:{width}.{prec}f}|{s:>{width}}|{x:0{width}d}")
print(f"{x=}|{f=:.2f}|{s=!s}|{x * 2 = }")
print(f"{'nested'}|{'a' + 'b'}|{[1, 2][0]}|{ {'k': 1}['k'] }")
print(f"{1_000_000:_}|{1_000_000:,d}|{-5:+}|{5: }|{-5: }")
print(f"{'{'}|{'}'}|{{}}|{{x}}")
d = {"a": 1}
print(f"{d['a']}|{len(d)}|{(lambda: 'L')()}|{x if x > 40 else 0}")
print(f"{3.0:g}|{1e20:g}|{1e-5:g}|{0.0001:g}|{123456789.0:g}|{1234567.0:.10g}")
print(f"{True}|{None}|{True:d}|{b'x'}|{2+3j}")
print(f"""{x
}|{
'multi'}""")
print(f"{'quoted "inner"'}|{f'{x}'}|{f'{f"{x}"}'}")
n = 5
print(f"{n:>{n}}|{n:{'>' if n else '<'}3}|")
print(f"{12345.6789:,.2f}|{0.000012345:.3e}|{-0.0:.1f}|{float('inf'):8}|{float('nan'):>5}")
