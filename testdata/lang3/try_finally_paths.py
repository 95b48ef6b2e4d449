def ret_in_try():
    try:
        return "try"
    finally:
        print("finally 1")
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
def exc_swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def ret_value_evaluated():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(ret_in_try(), ret_override(), exc_swallowed(), ret_value_evaluated())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def while_loop():
    i = 0
    log = []
    while True:
        try:
            i += 1
            if i < 3: continue
            return log
        finally:
            log.append(i)
print(while_loop())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
