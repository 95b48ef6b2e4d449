# A custom exception with several args and a custom __str__.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg
    def __str__(self):
        return f"line {self.line}: {self.msg}"
raise ParseError(7, "unexpected token")
