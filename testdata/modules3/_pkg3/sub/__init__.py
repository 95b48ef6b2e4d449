print("init _pkg3.sub")
SUB_VAL = 7
from ._leaf import LEAF_CONST
def deep_value():
    from .. import VERSION
    return f"deep {VERSION} {LEAF_CONST}"
