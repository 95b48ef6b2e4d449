__all__ = ["public_fn", "square"]
counter_module_level = 0
for _i in range(5):
    counter_module_level += _i
main_guard_ran = False
def square(x): return x * x
def public_fn(): return "public"
def _private(): return "private"
if __name__ == "__main__":
    main_guard_ran = True
    print("should not print on import")
