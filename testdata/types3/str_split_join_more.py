csv = "name,age,city\nann,30,NYC\nbob,25,LA"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
hdr, *data = rows
print([dict(zip(hdr, r)) for r in data])
print("|".join(f"{c:^6}" for c in hdr))
print("a  b   c".split(" "), "a  b   c".split(None, 1), "  x  ".split(), "x".split("x"))
print("1,2;3".replace(";", ",").split(","), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print("\n".join(["l1", "l2"]).splitlines(), "x\r\ny\rz\x0bw".splitlines())
print(" ".join(w.capitalize() for w in "hello big world".split()))
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
path = "/usr/local/lib/python3"
print(path.split("/"), path.rsplit("/", 1)[-1], path.lstrip("/").split("/", 2))
print("abc".startswith(""), "".join(reversed("abc")), "-".join("") == "")
