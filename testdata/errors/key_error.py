# Uncaught KeyError from a dict lookup.
config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config["timeout"])
