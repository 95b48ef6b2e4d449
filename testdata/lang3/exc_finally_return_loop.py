def find(items, target):
    for i, v in enumerate(items):
        try:
            if v == target:
                return i
        finally:
            print("checked", v)
    return -1
print(find([5, 6, 7], 6))
print(find([], 1))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen_finally():
    print("v", v)
    break
print("after break")
def count_exits():
    log = []
    for i in range(4):
        try:
            try:
                if i == 0: raise ValueError
                if i == 1: continue
                if i == 2: break
            except ValueError:
                log.append("except")
                continue
            finally:
                log.append(f"inner{i}")
        finally:
            log.append(f"outer{i}")
    return log
print(count_exits())
def exc_then_return():
    try:
        raise KeyError
    except KeyError:
        return "from except"
    finally:
        print("finally after except-return")
print(exc_then_return())
