# NameError with a "Did you mean" suggestion for a misspelled builtin.
values = [3, 1, 2]
pritn(sorted(values))
