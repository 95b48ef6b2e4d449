config = {"host": "localhost"}
def get_port(cfg):
    return cfg["port"]
print("host", config["host"])
get_port(config)
