# break / continue / return inside try/finally and with except.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop", i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("f finally", i)
print(f())
def g():
    try:
        return "try"
    finally:
        print("g cleanup")
print(g())
def h():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                print("inner finally", i)
        except ValueError as e:
            print("caught", e)
            continue
        print("end of iteration", i)
h()
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("while finally", n)
def k():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("k finally")
print(k())
