import sys
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
    def __str__(self):
        return f"bad config key {self.key!r}: {self.args[1]}"
print("out")
print("err", file=sys.stderr)
def validate(cfg):
    for k, v in cfg.items():
        if v is None:
            raise ConfigError(k, "missing value")
validate({"a": 1, "b": None})
