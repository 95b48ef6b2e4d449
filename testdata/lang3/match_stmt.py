def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list head {x} rest {rest}"
        case {"type": "pt", "x": x, **others}:
            return f"point x={x} others={others}"
        case str() as s if s.isupper():
            return "shout " + s
        case "hello":
            return "greeting"
        case _:
            return "other"
for v in [0, 1, -5, 7, [1, 2], [1, 2, 3], {"type": "pt", "x": 3, "y": 4}, "HI", "hello", 2.5, []]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x, 0): return f"x-axis {x}"
        case Point(x=0, y=y): return f"y-axis {y}"
        case Point(): return "elsewhere"
for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1)]:
    print(where(p))
