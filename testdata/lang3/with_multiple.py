from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled in cm:", e)
    finally:
        print(f"</{name}>")
with tag("a") as a, tag("b") as b:
    print("inside", a, b)
with tag("c"):
    raise ValueError("oops")
print("continued")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with ExitStack() as st:
    for n in ["x", "y", "z"]:
        st.enter_context(tag(n))
    st.callback(print, "callback ran")
    print("stack body")
with nullcontext(5) as v:
    print("null", v)
class Res:
    def close(self): print("closed")
with closing(Res()):
    print("using")
with (tag("p") as p,
      tag("q") as q):
    print(p + q)
try:
    with tag("r"):
        raise KeyError("not handled")
except KeyError as e:
    print("outer got", e)
