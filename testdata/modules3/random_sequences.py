import random
random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(sorted(random.sample(deck, 5)))
print([random.randrange(1, 7) for _ in range(15)])
print([round(random.uniform(-1, 1), 6) for _ in range(5)])
print([random.choice(["red", "green", "blue"]) for _ in range(8)])
random.seed(99)
print([random.randint(-(10 ** 12), 10 ** 12) for _ in range(3)])
print(random.sample(range(10 ** 9), 4))
print(random.randbytes(8).hex() if hasattr(random, "randbytes") else "x")
print([random.gauss(0, 1) for _ in range(3)])
random.seed(1)
x = [random.random() for _ in range(1000)]
print(sum(x), min(x), max(x))
random.seed(5)
people = ["ann", "bob", "cy", "di", "ed"]
random.shuffle(people)
print(people, random.choice(people))
print(random.sample(people, k=len(people)))
random.seed(10)
print(random.paretovariate(2), random.expovariate(0.5))
