def a(n):
    if n == 0:
        return {}["missing"]
    return b(n - 1)
def b(n):
    return a(n)
class K:
    def method(self):
        return a(2)
print("calling")
K().method()
