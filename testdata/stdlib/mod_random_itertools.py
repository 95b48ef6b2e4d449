import random, itertools
random.seed(42)
print(random.random(), random.randint(1,100), random.choice("abcdef"))
l=list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.uniform(1,5), random.gauss(0,1), random.gauss(0,1))
print(list(itertools.islice(itertools.count(5,2), 4)), list(itertools.permutations([1,2,3],2)))
print(list(itertools.combinations("abcd",2)), [(k,list(g)) for k,g in itertools.groupby("aabbbc")])
a,b=itertools.tee(iter([1,2,3])); print(list(a), list(b))
print(list(itertools.product("ab", repeat=2)), list(itertools.batched(range(7),3)), list(itertools.accumulate([1,2,3],initial=10)))
print(list(itertools.zip_longest([1,2],[3], fillvalue=0)), list(itertools.chain.from_iterable([[1],[2,3]])), itertools.count(3), itertools.repeat("x",2))

