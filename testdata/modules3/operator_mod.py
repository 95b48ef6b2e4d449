import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5))
print(op.neg(3), op.pos(-3), op.abs(-4), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(4, 1), op.xor(5, 1))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(3, 2), op.ge(1, 2), op.not_(0), op.truth([1]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.concat([1], [2]))
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, 2)
print(ig([5, 6, 7]), ig2("abc"), ig({1: "one"}))
ag = op.attrgetter("real")
ag2 = op.attrgetter("__class__.__name__")
print(ag(3), ag2(3.5))
mc = op.methodcaller("split", ",")
print(mc("a,b"), op.methodcaller("replace", "a", "b")("aa"))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=op.itemgetter(1, 0)), max(data, key=op.itemgetter(1)))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.index(5), op.length_hint([1, 2]))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul(2, 3), op.matmul.__name__)
print(op.call(len, "abc") if hasattr(op, "call") else 3)
