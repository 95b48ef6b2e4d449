#!/usr/bin/env python3
"""Record golden files from CPython 3.13.

Usage: python3.13 testdata/record.py [paths...]

Runs each testdata program (all of them when no path is given) with the
CPython that runs this script, with empty stdin, and writes NAME.golden next
to NAME.py in the format the Go harness reads (cmd/pyg/golden_test.go):

    exit N
    -- stdout --
    ...
    -- stderr --
    ...

Programs whose first line is `# pyg-only` are skipped: their goldens come from
`go test ./cmd/pyg -update` because CPython cannot run them (pyg-specific
features). The absolute testdata path is replaced by $TESTDATA, as the harness
does.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP_DIRS = {"mods", "scaling", "hostile"}


def programs(paths):
    if paths:
        for p in paths:
            yield os.path.abspath(p)
        return
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for f in sorted(files):
            if f.endswith(".py") and not f.startswith("_") and f != "record.py":
                yield os.path.join(root, f)


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("record.py must run under CPython 3.13")
    n = 0
    for path in programs(sys.argv[1:]):
        with open(path, encoding="utf-8", errors="replace") as f:
            if f.readline().startswith("# pyg-only"):
                continue
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        env.pop("PYTHON_GIL", None)
        p = subprocess.run([sys.executable, path], cwd=os.path.dirname(path), capture_output=True,
                           stdin=subprocess.DEVNULL, env=env, timeout=120)
        out = p.stdout.decode("utf-8", "replace").replace(HERE, "$TESTDATA")
        err = p.stderr.decode("utf-8", "replace").replace(HERE, "$TESTDATA")
        with open(path[:-3] + ".golden", "w", encoding="utf-8") as f:
            f.write("exit %d\n-- stdout --\n%s-- stderr --\n%s" % (p.returncode, out, err))
        n += 1
    print("recorded %d golden files" % n)


if __name__ == "__main__":
    main()
