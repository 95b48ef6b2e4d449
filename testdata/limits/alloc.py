# Absurd allocations raise MemoryError or OverflowError, never crash.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt("list * 10**12", lambda: [0] * 10**12)
attempt("list * 2**62", lambda: [0, 1] * 2**62)
attempt("list * 2**64", lambda: [0] * 2**64)
attempt("str * 2**62", lambda: 'x' * 2**62)
attempt("str * 2**63", lambda: 'x' * 2**63)
attempt("str2 * 2**62", lambda: 'xy' * 2**62)
attempt("bytes * 2**62", lambda: b'x' * 2**62)
attempt("bytes * 2**40", lambda: b'xy' * 2**40)
attempt("tuple * 10**12", lambda: (1, 2) * 10**12)
attempt("bytearray(10**15)", lambda: bytearray(10**15))
attempt("bytes(10**15)", lambda: bytes(10**15))
attempt("bytearray * 2**62", lambda: bytearray(b'ab') * 2**62)
attempt("int str", lambda: str(10 ** 5000))
attempt("int parse", lambda: int('1' * 5000))
attempt("ljust", lambda: 'x'.ljust(2**62))
attempt("zfill", lambda: 'x'.zfill(2**62))
attempt("range len", lambda: len(range(2**64)))
l = [1, 2, 3]
def grow():
    global l
    l *= 10**12
attempt("list *= 10**12", grow)
print(len(l))
print("still alive")
attempt("bytes2 * 2**62", lambda: b'xy' * 2**62)
