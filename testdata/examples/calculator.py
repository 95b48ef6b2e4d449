# A tiny tokenizer, shunting-yard parser and stack-based calculator with variables and errors.
class CalcError(Exception):
    pass


PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3, "neg": 4}
RIGHT = {"^", "neg"}


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in PREC or c in "()=":
            tokens.append(("op", c))
            i += 1
        else:
            raise CalcError(f"bad character {c!r} at {i}")
    return tokens


def to_rpn(tokens):
    out, stack = [], []
    prev = None
    for kind, val in tokens:
        if kind in ("num", "name"):
            out.append((kind, val))
        elif val == "(":
            stack.append(val)
        elif val == ")":
            while stack and stack[-1] != "(":
                out.append(("op", stack.pop()))
            if not stack:
                raise CalcError("unbalanced ')'")
            stack.pop()
        else:
            if val == "-" and (prev is None or prev[1] in PREC or prev[1] == "("):
                val = "neg"
            while stack and stack[-1] != "(" and (PREC[stack[-1]] > PREC[val] or
                                                  (PREC[stack[-1]] == PREC[val] and val not in RIGHT)):
                out.append(("op", stack.pop()))
            stack.append(val)
        prev = (kind, val)
    while stack:
        op = stack.pop()
        if op == "(":
            raise CalcError("unbalanced '('")
        out.append(("op", op))
    return out


def evaluate(rpn, env):
    st = []
    for kind, val in rpn:
        if kind == "num":
            st.append(val)
        elif kind == "name":
            if val not in env:
                raise CalcError(f"unknown variable {val}")
            st.append(env[val])
        elif val == "neg":
            if not st:
                raise CalcError("missing operand")
            st.append(-st.pop())
        else:
            if len(st) < 2:
                raise CalcError("missing operand")
            b, a = st.pop(), st.pop()
            if val in "/%" and b == 0:
                raise CalcError("division by zero")
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if val == "/" else 0,
                       "%": a % b if val == "%" else 0, "^": a ** b if val == "^" else 0}[val])
    if len(st) != 1:
        raise CalcError("malformed expression")
    return st[0]


def run(line, env):
    tokens = tokenize(line)
    if len(tokens) > 2 and tokens[1] == ("op", "=") and tokens[0][0] == "name":
        env[tokens[0][1]] = evaluate(to_rpn(tokens[2:]), env)
        return f"{tokens[0][1]} = {env[tokens[0][1]]}"
    return evaluate(to_rpn(tokens), env)


env = {"pi": 3.14159}
program = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "10 % 4", "-3 + 5", "2 * -3", "-2 ^ 2", "-(4 - 6) * 3",
           "x = 7", "y = x * 2 + 1", "x * y - 3", "r = 2.5", "pi * r ^ 2", "1 / 0", "(1 + 2",
           "1 + 2)", "foo + 1", "3 $ 4", "1 +", "100 - 10 - 1", "2 ^ 100", "0.5 + 0.25"]
for line in program:
    try:
        print(f"{line:<14} -> {run(line, env)}")
    except CalcError as e:
        print(f"{line:<14} !! {e}")
print("rpn of 3 + 4 * 2 / (1 - 5) ^ 2:", " ".join(str(v) for _, v in to_rpn(tokenize("3 + 4 * 2 / (1 - 5) ^ 2"))))
print("variables:", env)
