# Exact messages of errors raised by statements: unpacking, names, iteration, generators, with, raise.
def unpack_many():
    a, b = 1, 2, 3
def unpack_few():
    a, b, c = 1, 2
def unpack_int():
    a, b = 1
def unpack_star():
    a, *b, c = [1]
def unpack_one():
    a, = []
def for_int():
    for x in 5:
        pass
def undefined():
    return undefined_name
def unbound():
    if False:
        v = 1
    return v
def del_undefined():
    del undefined_name2
def raise_int():
    raise 5
def raise_bad_cause():
    raise ValueError from 5
def list_assign():
    x = [1]
    x[5] = 0
def dict_del():
    d = {}
    del d["k"]
def tuple_assign():
    t = (1, 2)
    t[0] = 5
def str_assign():
    s = "abc"
    s[0] = "x"
def int_attr():
    x = 1
    x.attr = 2
def del_method():
    del [].append
def import_missing():
    import _definitely_not_a_module
def from_import_missing():
    from sys import nothing_at_all
def dup_base():
    class A:
        pass
    class B(A, A):
        pass
def assert_msg():
    assert 1 == 2, "assert message"
def raise_class():
    raise KeyError
def raise_empty():
    raise TypeError()
def raise_two_args():
    raise IndexError("a", "b")
def gen():
    yield 1
class NoEnter:
    pass
class OnlyEnter:
    def __enter__(self):
        return self
def with_no_enter():
    with NoEnter():
        pass
def with_only_enter():
    with OnlyEnter():
        pass
def stop_in_gen():
    yield 1
    raise StopIteration("inner")
def stop_gen():
    return list(stop_in_gen())
def next_empty():
    return next(iter([]))
def bare_raise():
    raise
def nested_func_unbound():
    def inner():
        return x
    inner()
    x = 1
cases = [unpack_many, unpack_few, unpack_int, unpack_star, unpack_one, for_int, undefined, unbound,
         del_undefined, raise_int, raise_bad_cause, list_assign, dict_del, tuple_assign, str_assign,
         int_attr, del_method, import_missing, from_import_missing, dup_base, assert_msg, raise_class,
         raise_empty, raise_two_args, with_no_enter, with_only_enter, stop_gen, next_empty, bare_raise,
         nested_func_unbound]
for case in cases:
    try:
        r = case()
        print(case.__name__, "no error", r)
    except Exception as e:
        print(case.__name__, type(e).__name__ + ":", e)
running = None
def reentrant():
    yield next(running)
running = reentrant()
try:
    next(running)
except ValueError as e:
    print("ValueError:", e)
