# TypeError: unhashable type used as dict key.
seen = {}
key = [1, 2]
seen[key] = True
