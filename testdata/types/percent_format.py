# printf-style % formatting.
print("%d %i %s %r %a %%" % (42, -7, "str", "repr", "é"))
print("%5d|%-5d|%05d|%+d|% d|%+5d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o %08x" % (255, 255, 8, 255, 255, 8, 48879))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012345, 1e-5, 1e20))
print("%g %g %g %g %g" % (100000, 1000000, 0.0001, 0.00001, 123.456789))
print("%s and %s" % ("a", "b"), "%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "%r" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": "y"})
print("%c%c%c" % (72, "i", 33), "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"), "%*d" % (6, 42), "%-*d|" % (4, 7), "%.*f" % (2, 1.23456))
print("%d" % 3.99, "%d" % True, "%s" % None, "%.0f" % 2.5, "%.0f" % 3.5, "%i" % -0.5)
print("%5.1f%%" % 99.55, "%e" % 0, "%.1e" % 9.96, "%x" % -255, "%d" % 2 ** 80)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("no args %%" % (), "100%%" % ())
print(b"%s %d %x" % (b"bytes", 5, 255))
