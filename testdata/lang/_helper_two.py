# Second helper module: imports the first one itself.
import _helper_mod
print("helper two executing")
def combined():
    return _helper_mod.VALUE * 2
__all__ = ["combined", "PUBLIC"]
PUBLIC = "public"
HIDDEN = "hidden"
