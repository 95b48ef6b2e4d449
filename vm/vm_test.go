package vm

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pyg/compiler"
	"pyg/runtime"
)

// run executes src as __main__ and returns stdout, stderr and the exit code.
func run(t testing.TB, src string, cfg Config) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	cfg.Stdout = &out
	cfg.Stderr = &errb
	if cfg.Stdin == nil {
		cfg.Stdin = strings.NewReader("")
	}
	v := New(cfg)
	defer v.Close()
	err := v.RunFile("test.py", []byte(src))
	code := v.ExitCode(err)
	v.Close()
	return out.String(), errb.String(), code
}

func expect(t *testing.T, src, want string) {
	t.Helper()
	for _, ft := range []bool{false, true} {
		out, errs, code := run(t, src, Config{FreeThreaded: ft})
		if out != want || code != 0 {
			t.Errorf("free-threaded=%v\n--- program:\n%s\n--- got (exit %d):\n%s\n--- stderr:\n%s\n--- want:\n%s", ft, src, code, out, errs, want)
		}
	}
}

func TestBasics(t *testing.T) {
	expect(t, "print(1 + 2, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4)\n", "3 3 -4 -2 1024 0.25\n")
	expect(t, "x = 9223372036854775807\nprint(x + 1, x * 2, -x - 2)\n", "9223372036854775808 18446744073709551614 -9223372036854775809\n")
	expect(t, "a, b = 1, 2\na, b = b, a\nprint(a, b)\n", "2 1\n")
	expect(t, "a, *b, c = [1, 2, 3, 4]\nprint(a, b, c)\n", "1 [2, 3] 4\n")
	expect(t, "print(1 < 2 < 3, 1 < 2 > 3, 1.5 < 2, 'a' < 'b')\n", "True False True True\n")
	expect(t, "x = [1, 2, 3]\nx[1] = 20\ndel x[0]\nprint(x, x[-1], 3 in x, 4 not in x)\n", "[20, 3] 3 True True\n")
	expect(t, "d = {'a': 1, **{'b': 2}}\nprint(d, d['b'])\n", "{'a': 1, 'b': 2} 2\n")
	expect(t, "s = 0\ni = 0\nwhile i < 10:\n    i += 1\n    if i % 2: continue\n    s += i\nelse:\n    s += 100\nprint(s)\n", "130\n")
	expect(t, "print([x * x for x in range(5) if x % 2 == 0])\n", "[0, 4, 16]\n")
	expect(t, "print({k: v for k, v in zip('ab', (1, 2))})\n", "{'a': 1, 'b': 2}\n")
	expect(t, "x = 5\nprint(f'{x!r:>4}|{x}|{\"s\"!r}')\n", "   5|5|'s'\n")
	expect(t, "print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))\n", "(1, 2, (), 4, {})\n")
	expect(t, "print(1 if [] else 2, [] or 'x', 0 and 1, not None)\n", "2 x 0 True\n")
}

func TestFunctions(t *testing.T) {
	expect(t, `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
def f(a, b=10, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{'c': 7}))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
def outer(x):
    def inner():
        return x
    return inner
print(outer(42)())
print(fib.__name__, fib.__qualname__, f.__defaults__)
`, "6765\n(1, 10, (), 3, 4, {})\n(1, 2, (3, 4), 5, 4, {'e': 6})\n(1, 2, (), 7, 4, {})\n3\n42\nfib fib (10,)\n")
}

func TestArgErrors(t *testing.T) {
	src := `
def f(x): pass
def g(a, b): pass
def h(a, b=1, *, k): pass
def p(a, /, b): pass
def q(a, b, c): pass
tests = [lambda: f(), lambda: g(), lambda: g(1, 2, 3), lambda: f(1, z=2), lambda: f(1, x=2),
         lambda: h(1), lambda: p(a=1, b=2), lambda: h(1, 2, 3, k=1), lambda: q(), lambda: f(1, 2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
`
	want := `f() missing 1 required positional argument: 'x'
g() missing 2 required positional arguments: 'a' and 'b'
g() takes 2 positional arguments but 3 were given
f() got an unexpected keyword argument 'z'
f() got multiple values for argument 'x'
h() missing 1 required keyword-only argument: 'k'
p() got some positional-only arguments passed as keyword arguments: 'a'
h() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
q() missing 3 required positional arguments: 'a', 'b', and 'c'
f() takes 1 positional argument but 2 were given
`
	expect(t, src, want)
}

func TestExceptions(t *testing.T) {
	expect(t, `
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
        return 1
    finally:
        print("finally")
print(f())
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    raise TypeError("x") from ValueError("y")
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    1/0
except ZeroDivisionError:
    print("zde")
try:
    try:
        1/0
    except 5:
        pass
except TypeError as e:
    print(e)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("fin", i)
def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
class E(Exception): pass
try:
    raise E
except Exception as e:
    print(type(e).__name__)
`, `caught division by zero
finally
1
KeyError('b') ValueError('a')
ValueError('y') True
No active exception to reraise
exceptions must derive from BaseException
zde
catching classes that do not inherit from BaseException is not allowed
fin 0
fin 1
cleanup
try
E
`)
}

func TestTraceback(t *testing.T) {
	src := "def f():\n    return 1 / 0\n\ndef g():\n    f()\n\ng()\n"
	_, errs, code := run(t, src, Config{})
	want := `Traceback (most recent call last):
  File "test.py", line 7, in <module>
    g()
    ~^^
  File "test.py", line 5, in g
    f()
    ~^^
  File "test.py", line 2, in f
    return 1 / 0
           ~~^~~
ZeroDivisionError: division by zero
`
	if errs != want || code != 1 {
		t.Errorf("got (exit %d):\n%s\nwant:\n%s", code, errs, want)
	}
	src = "try:\n    1/0\nexcept Exception:\n    raise ValueError('v')\n"
	_, errs, _ = run(t, src, Config{})
	want = `Traceback (most recent call last):
  File "test.py", line 2, in <module>
    1/0
    ~^~
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "test.py", line 4, in <module>
    raise ValueError('v')
ValueError: v
`
	if errs != want {
		t.Errorf("got:\n%s\nwant:\n%s", errs, want)
	}
	_, errs, code = run(t, "import sys\nsys.exit(3)\n", Config{})
	if code != 3 || errs != "" {
		t.Errorf("sys.exit(3): code %d, stderr %q", code, errs)
	}
	_, errs, code = run(t, "raise SystemExit('bye')\n", Config{})
	if code != 1 || errs != "bye\n" {
		t.Errorf("SystemExit('bye'): code %d, stderr %q", code, errs)
	}
	_, errs, code = run(t, "x = (\n", Config{})
	if code != 1 || !strings.Contains(errs, "SyntaxError") {
		t.Errorf("syntax error: code %d, stderr %q", code, errs)
	}
}

func TestGenerators(t *testing.T) {
	expect(t, `
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen(2)
    print("result", r)
    yield 99
print(list(deleg()))
print(sum(x * x for x in range(4)))
def bad():
    raise StopIteration
    yield 1
try:
    list(bad())
except RuntimeError as e:
    print(e)
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
next(c)
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
def reent():
    yield next(r)
r = reent()
try:
    next(r)
except ValueError as e:
    print(e)
`, `got hi
0 1 2
stop done
result done
[0, 1, 99]
14
generator raised StopIteration
closed
caught boom
generator already executing
`)
}

func TestClasses(t *testing.T) {
	expect(t, `
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    @classmethod
    def make(cls):
        return cls(10)
    def __repr__(self):
        return "A(%r)" % (self.v,)
class B(A):
    def get(self):
        return super().get() * 2
b = B.make()
print(b.get(), b, A(1).get())
m = b.get
print(m())
`, "22 A(10) 2\n22\n")
}

func TestImports(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mod.py"), []byte("X = 1\ndef f():\n    return 'f'\n_hidden = 2\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "pkg"), 0o755)
	os.WriteFile(filepath.Join(dir, "pkg", "__init__.py"), []byte("from .sub import Y\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "pkg", "sub.py"), []byte("Y = 'y'\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "circ_a.py"), []byte("import circ_b\nA = 1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "circ_b.py"), []byte("import circ_a\nB = 2\n"), 0o644)
	src := `
import mod
from mod import f as g, X
import pkg.sub
from pkg import Y
from mod import *
import circ_a
print(mod.X, g(), X, pkg.sub.Y, Y, f())
try:
    import nosuch
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod import nope
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    _hidden
except NameError as e:
    print(e)
import sys
print('mod' in sys.modules, circ_a.A)
`
	out, errs, code := run(t, src, Config{Path: []string{dir}})
	want := "1 f 1 y y f\nModuleNotFoundError No module named 'nosuch'\ncannot import name 'nope' from 'mod'\nname '_hidden' is not defined\nTrue 1\n"
	if out != want || code != 0 {
		t.Errorf("got (exit %d):\n%s\n%s\nwant:\n%s", code, out, errs, want)
	}
}

func TestExecEval(t *testing.T) {
	expect(t, `
g = {}
exec("x = 2\ny = x * 3", g)
print(g['y'], eval("x + y", g), eval(" 1+1"))
c = compile("z = 5", "<s>", "exec")
exec(c)
print(z)
def f():
    a = 1
    return sorted(locals().items())
print(f())
print(type(globals()).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
`, "6 8 2\n5\n[('a', 1)]\ndict\nSyntaxError\n")
}

func TestRecursion(t *testing.T) {
	expect(t, `
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(e)
import sys
sys.setrecursionlimit(10**6)
def g(n):
    if n == 0:
        return 0
    return g(n - 1) + 1
print(g(100000))
class C:
    def __init__(self, n):
        if n:
            C(n - 1)
C(10**5)
class R:
    def __repr__(self):
        return repr(R())
try:
    repr(R())
except RecursionError as e:
    print("deep", e)
`, "maximum recursion depth exceeded\n100000\ndeep maximum recursion depth exceeded while calling a Python object\n")
}

func TestStepLimit(t *testing.T) {
	_, errs, code := run(t, "while True:\n    pass\n", Config{MaxSteps: 1000})
	if code != 1 || !strings.Contains(errs, "RuntimeError: step limit exceeded") {
		t.Errorf("got exit %d, stderr %q", code, errs)
	}
}

func TestInterrupt(t *testing.T) {
	var out, errb bytes.Buffer
	v := New(Config{Stdout: &out, Stderr: &errb})
	defer v.Close()
	v.Interrupt()
	err := v.RunFile("test.py", []byte("while True:\n    pass\n"))
	if e, ok := err.(*runtime.Exception); !ok || e.Type() != runtime.KeyboardInterruptType {
		t.Fatalf("got %v", err)
	}
}

func TestRunStringModes(t *testing.T) {
	var out bytes.Buffer
	v := New(Config{Stdout: &out, Stderr: &out})
	defer v.Close()
	if _, err := v.RunString("x = 21", "<stdin>", compiler.ModeSingle, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := v.RunString("x * 2", "<stdin>", compiler.ModeSingle, nil); err != nil {
		t.Fatal(err)
	}
	r, err := v.RunString("x + 1", "<string>", compiler.ModeEval, nil)
	if err != nil || r != runtime.Int(22) {
		t.Fatalf("eval: %v %v", r, err)
	}
	v.Flush()
	if out.String() != "42\n" {
		t.Errorf("got %q", out.String())
	}
}

// TestRefcounts checks that a loop storing and dropping objects leaves their
// counts where they started.
func TestRefcounts(t *testing.T) {
	var out bytes.Buffer
	v := New(Config{Stdout: &out, Stderr: &out})
	defer v.Close()
	th := v.Main
	g := runtime.NewDict()
	obj := runtime.NewList(th, nil)
	th.Incref(obj)
	g.SetStr(th, runtime.Intern("obj"), obj)
	before := runtime.RefCount(obj)
	src := `
def f(o):
    l = [o, o]
    t = (o,)
    d = {'k': o}
    x = o
    for i in range(100):
        y = o
        z = [y]
    return o
for i in range(50):
    r = f(obj)
    del r
def gen(o):
    yield o
    yield o
list(gen(obj))
try:
    raise ValueError(obj)
except ValueError:
    pass
`
	if _, err := v.RunString(src, "<refs>", compiler.ModeExec, g); err != nil {
		t.Fatal(err)
	}
	th.ProcessZeroCounts()
	if after := runtime.RefCount(obj); after != before {
		t.Errorf("refcount: before %d, after %d", before, after)
	}
}

func TestDisplayAndBuiltins(t *testing.T) {
	expect(t, "print(vars() is globals(), 'x' in dir())\nx = 1\nprint('x' in dir())\n", "True False\nTrue\n")
}

func TestSourceAndNativeModules(t *testing.T) {
	cfg := Config{Setup: func(th *runtime.Thread) {
		th.Interp.SourceModules["embedded"] = []byte("def hello():\n    return 'from embedded'\n")
		th.Interp.NativeModules["native"] = func(th *runtime.Thread) (*runtime.Module, error) {
			m := runtime.NewModule(th, "native")
			m.Dict.SetStr(th, runtime.Intern("answer"), runtime.Int(42))
			return m, nil
		}
	}}
	out, errs, code := run(t, "import embedded, native\nprint(embedded.hello(), native.answer)\n", cfg)
	if out != "from embedded 42\n" || code != 0 {
		t.Errorf("got %q (exit %d) %s", out, code, errs)
	}
}
