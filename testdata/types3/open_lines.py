import os
d = f"/tmp/pyg_golden_{os.getpid()}_lines"
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "data.csv")
rows = [("id", "name", "score"), (1, "ann", 90.5), (2, "bob", 77.25), (3, "cy", 88.0)]
with open(p, "w") as f:
    for r in rows:
        print(*r, sep=",", file=f)
with open(p) as f:
    header = f.readline().strip().split(",")
    recs = [dict(zip(header, line.rstrip("\n").split(","))) for line in f]
print(header, recs)
print(sum(float(r["score"]) for r in recs) / len(recs))
with open(p, "a") as f:
    f.write("4,di,60\n")
with open(p) as f:
    print(sum(1 for _ in f), "lines")
with open(p) as f:
    content = f.read()
print(content.count("\n"), content.splitlines()[-1], repr(content[:10]))
with open(p, "w") as f:
    f.write("no trailing newline")
with open(p) as f:
    print(f.readlines())
with open(p + "2", "x") as f2:
    f2.write("new")
try:
    open(p + "2", "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print("cleaned", os.path.exists(d))
