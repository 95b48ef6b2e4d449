class ValidationError(ValueError):
    def __init__(self, field, value):
        super().__init__(f"invalid {field}: {value!r}")
        self.field = field
def validate(rec):
    if rec.get("age", 0) < 0:
        raise ValidationError("age", rec["age"])
    return True
try:
    validate({"age": -1})
except ValueError as e:
    print("caught as ValueError:", e, e.field)
print(validate({"age": 3}))
def process(rows):
    for r in rows:
        try:
            validate(r)
        except ValidationError as e:
            raise RuntimeError(f"row failed: {r}") from e
process([{"age": 1}, {"age": -5}])
