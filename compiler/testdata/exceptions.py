try:
    a()
except ValueError:
    b()

try:
    a()
except (TypeError, KeyError) as e:
    print(e)
except Exception:
    pass
except:
    raise
else:
    c()

try:
    a()
finally:
    b()

try:
    a()
except E as e:
    b(e)
else:
    c()
finally:
    d()

def f():
    for x in y:
        try:
            if x:
                break
            if y:
                continue
            return x
        finally:
            cleanup()

def g():
    try:
        return 1
    except E as e:
        return e
    finally:
        print("f")

def h():
    while True:
        try:
            pass
        except E:
            break
        finally:
            return 2

def nested():
    try:
        try:
            a()
        except A:
            b()
    except B as e:
        try:
            c()
        finally:
            d()
