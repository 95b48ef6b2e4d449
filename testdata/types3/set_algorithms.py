a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(sorted(a & b), sorted(a | b)[:5], sorted(a - b), sorted(b - a), sorted(a ^ b))
print(len(a), len(b), len(a | b), len(a & b), min(a ^ b), max(a | b))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
graph = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: set()}
seen, order, stack = set(), [], [1]
while stack:
    n = stack.pop()
    if n in seen: continue
    seen.add(n)
    order.append(n)
    stack.extend(sorted(graph[n], reverse=True))
print(order, sorted(seen))
dup = [1, 2, 2, 3, 3, 3, 4]
print(len(dup) != len(set(dup)), sorted({x for x in dup if dup.count(x) > 1}))
print({1, 2, 3} == {3, 2, 1}, {1, 2} < {1, 2, 3} < {1, 2, 3, 4}, frozenset({1}) in {frozenset({1})})
s = set([5, 4, 3])
s.update(range(3)); s.discard(4)
print(sorted(s), sorted(s, reverse=True)[:2], sum(s), 4 in s)
