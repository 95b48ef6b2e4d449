z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, z * 1j, z / 2)
print(complex(1), complex(0, 1), complex("2-3j"), complex(" 1.5+0j "), 1j ** 2, (1 + 1j) ** 2)
print(z == complex(3, 4), z != 3, (1 + 0j) == 1, repr(-0j), repr(complex(-0.0, -0.0)), 2j)
print(z + 1, 1 + z, z - z, z * z, 1 / (1j), (2 + 2j) / (1 - 1j))
try:
    z < z
except TypeError as e:
    print("TypeError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
print(format(z, ".2f"), f"{1.5+2j:>12}", str(1e20j), complex(1e300, 1e300) * 10)
