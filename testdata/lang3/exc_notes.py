try:
    e = ValueError("base")
    e.add_note("note one")
    e.add_note("note two")
    raise e
except ValueError as err:
    print(err.__notes__)
def go():
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("while computing ratio")
        raise
print("start")
go()
