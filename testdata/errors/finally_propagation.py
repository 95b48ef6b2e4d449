# Exception propagates through finally blocks that print on the way out.
def inner():
    try:
        raise LookupError("lost")
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    finally:
        print("outer finally")

outer()
