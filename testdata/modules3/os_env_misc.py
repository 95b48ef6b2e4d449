import os
os.environ["PYG_GOLDEN_VAR"] = "value1"
print(os.environ["PYG_GOLDEN_VAR"], os.getenv("PYG_GOLDEN_VAR"), os.getenv("PYG_NOPE_VAR", "fallback"))
print("PYG_GOLDEN_VAR" in os.environ, os.environ.get("PYG_NOPE_VAR"))
del os.environ["PYG_GOLDEN_VAR"]
print(os.getenv("PYG_GOLDEN_VAR"))
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.cpu_count()).__name__)
print(os.path.join(*["a", "b", "c"]), os.path.sep.join(["x", "y"]), os.extsep)
print(os.fspath("p"), os.path.basename(os.getcwd()) != "" or True, os.path.isabs(os.getcwd()))
print(os.devnull, callable(os.urandom), len(os.urandom(8)))
cwd = os.getcwd()
os.chdir("/")
print(os.getcwd())
os.chdir(cwd)
print(os.getcwd() == cwd)
print(sorted(k for k in ["environ", "path", "sep", "getcwd", "listdir", "walk"] if hasattr(os, k)))
