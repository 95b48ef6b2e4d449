def parse(s):
    try:
        return int(s)
    except ValueError:
        return fallback(s)
def fallback(s):
    return {"one": 1}[s]
print(parse("5"))
print(parse("one"))
print(parse("two"))
