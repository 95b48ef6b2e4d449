# A JSON-like pretty printer and a tiny parser written by hand.
def dump(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [inner + dump(str(k)) + ": " + dump(v, indent + step, step) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"cannot serialise {type(value).__name__}")


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return d
            while True:
                k = self.value()
                self.ws()
                assert self.s[self.i] == ":", self.i
                self.i += 1
                d[k] = self.value()
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "}":
                    return d
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "]":
                    return out
        if c == '"':
            out = []
            j = self.i + 1
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    esc = self.s[j + 1]
                    if esc == "u":
                        out.append(chr(int(self.s[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    out.append({"n": "\n", "t": "\t"}.get(esc, esc))
                    j += 2
                else:
                    out.append(self.s[j])
                    j += 1
            self.i = j + 1
            return "".join(out)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "-+.0123456789eE":
            j += 1
        num = self.s[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)


doc = {
    "name": "pyg",
    "version": [0, 1, 2],
    "stable": False,
    "maintainer": None,
    "ratio": 0.75,
    "notes": 'quote " backslash \\ newline \n café',
    "deps": {"runtime": [], "dev": {"go": "1.22"}},
    "matrix": [[1, 2], [3, 4]],
}
text = dump(doc)
print(text)
back = Parser(text).value()
print(back == doc, back["notes"] == doc["notes"])
print(back["version"], back["deps"], back["matrix"][1][0], back["stable"], back["maintainer"])
print(Parser('{"a": [1, 2.5, -3e2, true], "b": {}}').value())
print(dump([]), dump({}), dump([{"k": [None]}], step=4))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
