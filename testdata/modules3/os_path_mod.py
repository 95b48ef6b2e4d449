import os, os.path
p = os.path
print(p.join("a", "b", "c.txt"), p.join("/root", "x"), p.join("a", "/abs", "b"), p.join("a", ""))
print(p.split("/a/b/c.txt"), p.split("c.txt"), p.split("/"), p.dirname("/a/b/c"), p.basename("/a/b/c.txt"))
print(p.splitext("file.tar.gz"), p.splitext(".bashrc"), p.splitext("noext"), p.splitext("a.b/c"))
print(p.isabs("/x"), p.isabs("x"), p.normpath("/a/./b/../c//d/"), p.normpath("a/../.."), p.normpath(""))
print(p.basename("/a/b/"), p.dirname("file"), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonpath(["/usr/lib", "/usr/local"]))
print(p.exists("/"), p.isdir("/"), p.isfile("/"), p.exists("/definitely/not/here"))
print(p.expanduser("x"), p.relpath("/a/b/c", "/a"), p.sep, os.sep, os.cursep if hasattr(os, "cursep") else os.curdir, os.pardir, os.linesep == "\n")
print(p.splitdrive("/a/b"), p.normcase("/A/b"), p.abspath("/a/../b"))
d = f"/tmp/pyg_golden_{os.getpid()}_os"
os.makedirs(os.path.join(d, "sub", "deep"), exist_ok=True)
for name in ["b.txt", "a.txt"]:
    with open(os.path.join(d, name), "w") as f: f.write(name * 2)
print(sorted(os.listdir(d)), p.isdir(p.join(d, "sub")), p.isfile(p.join(d, "a.txt")), p.getsize(p.join(d, "a.txt")))
os.rename(p.join(d, "b.txt"), p.join(d, "c.txt"))
print(sorted(os.listdir(d)))
walked = [(p.relpath(root, d), sorted(dirs), sorted(files)) for root, dirs, files in os.walk(d)]
print(sorted(walked))
print(sorted(e.name for e in os.scandir(d)), os.stat(p.join(d, "a.txt")).st_size)
for name in ["a.txt", "c.txt"]:
    os.remove(p.join(d, name))
os.removedirs(p.join(d, "sub", "deep"))
print(p.exists(d))
print(type(os.getcwd()).__name__, os.environ.get("PYG_SURELY_UNSET_VAR", "unset"), "PATH" in os.environ or True, os.name)
