# slice objects: creation, attributes, indices(), use as subscripts.
s = slice(1, 5, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(3), slice(None), slice(1, None), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -1)], data[slice(-3, None)])
print("abcdefgh"[slice(2, 6)], (1, 2, 3, 4)[slice(None, None, 2)], range(10)[slice(2, 8, 3)])
print(s.indices(10), slice(None).indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(0, 100, 3).indices(10), slice(-100, 100).indices(7), slice(5, 1, -1).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[:, None], r[...], r["k"], r[-1:])
print(r[1:2:3].step, type(r[:]).__name__, r[:].start)
data[slice(0, 3)] = ["x"]
print(data)
del data[slice(None, None, 2)]
print(data)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
