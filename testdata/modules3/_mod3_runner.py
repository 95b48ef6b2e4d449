ran_main = False
def run():
    return "run called in " + __name__
if __name__ == "__main__":
    ran_main = True
    print("runner main")
print("runner module body executed")
