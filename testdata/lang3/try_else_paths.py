def f(x):
    log = []
    try:
        log.append("try")
        if x == 1: raise ValueError
        if x == 2: raise KeyError
        if x == 3: return log + ["returned"]
    except ValueError:
        log.append("except V")
    except (KeyError, IndexError) as e:
        log.append("except K " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for x in range(4):
    print(x, f(x))
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raise")
try:
    else_raises()
except ValueError as e:
    print("got", e)
for i in range(3):
    try:
        if i == 1: continue
    except Exception:
        pass
    else:
        print("else", i)
e = "before"
try:
    raise ValueError("tmp")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
