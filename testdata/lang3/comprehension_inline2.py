# More inlined comprehensions (PEP 709): in coroutines (await keeps its own
# frame), starred targets, handlers, generators, deep nesting, class bodies
# and nested functions beside them, defaults.
import asyncio
async def agen(n):
    for i in range(n):
        yield i
async def coro(v):
    return v * 2
async def main():
    xs = [1, 2, 3]
    a = [x + 1 for x in xs]
    b = [await coro(x) for x in xs]
    c = [x async for x in agen(3)]
    d = {x: [y for y in range(x)] for x in xs}
    return a, b, c, d
print(asyncio.run(main()))
def star(rows):
    a = "keep"
    r = [(a, b) for a, *b in rows]
    return r, a
print(star([(1, 2, 3), (4,)]))
def in_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return [str(e) + str(i) for i in range(2)]
print(in_except())
def gen_with_comp(n):
    for i in range(n):
        yield [j * i for j in range(i)]
        yield {k for k in range(i)}
print(list(gen_with_comp(3)))
def deep():
    return [[[[i + j + k + l for l in range(2)] for k in range(2)] for j in range(2)] for i in range(2)]
print(deep())
def class_in_func():
    x = "func-x"
    r = [x for x in range(2)]
    class K:
        y = x
        z = [x for _ in range(1)]
    return r, K.y, K.z
print(class_in_func())
def nested_def_global():
    r = [q for q in range(3)]
    def g():
        return q
    try:
        return r, g()
    except NameError as e:
        return r, str(e)
print(nested_def_global())
q = "global q"
print(nested_def_global())
def unbound_in_comp():
    try:
        return [z for _ in range(1)]
    except NameError as e:
        return str(e)
    z = 1
print(unbound_in_comp())
def comp_in_default(a=[i * 2 for i in range(3)]):
    return a
print(comp_in_default())
def cond_nested(xs):
    return [y for x in xs if x for y in [x, -x] if y > 0]
print(cond_nested([0, 1, 2]))
