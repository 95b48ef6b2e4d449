import array
a = array.array("i", [1, 2, 3])
print(a, a[0], a[-1], len(a), a.typecode, a.itemsize)
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.tolist(), a.index(3), a.count(2))
print(a.pop(), a.pop(0), a)
a.remove(3); a.reverse()
print(a, a[1:3], list(a))
d = array.array("d", [1.5, 2.5])
print(d, d.tobytes(), sum(d))
b = array.array("b", b"\x01\xff")
print(b, array.array("B", [255, 0]), array.array("u", "hi") if False else "u-skip")
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
h = array.array("h")
h.frombytes(b"\x01\x00\x02\x00")
print(h, h.tobytes(), h.buffer_info()[1])
print(array.array("l", range(3)) == array.array("l", [0, 1, 2]), array.array("i", [1]) * 3, array.array("i", [1]) + array.array("i", [2]))
a[0] = 100
print(a, 100 in a, array.array("I", [7]).itemsize, array.array("q", [2 ** 62]))
try:
    a.append(1.5)
except TypeError as e:
    print("TypeError:", e)
print(array.typecodes)
