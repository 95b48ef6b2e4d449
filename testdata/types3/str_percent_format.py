print("%d %i %5d %-5d| %05d %+d" % (42, 7, 3, 3, 42, 5))
print("%s %r %a" % ("str", "repr", "ä"))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 2.5, 1.0, 2.25, 12345.678, 0.00012, 1e-5, 1e20))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%%  %5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True))
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%d" % 3.99, "%i" % -2.5, "%x" % -255, "%5.1s|" % "xyz")
for bad in [("%d", "a"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65)
print("%.3g|%10.4e|%-8g|" % (3.14159, 1234.5, 0.5))
print("%s" % {"k": 1}, "%(a)s%(a)s" % {"a": "x"})
