# A custom exception class with a message, raised from a method.
class InsufficientFunds(Exception):
    pass

class Wallet:
    def __init__(self, amount):
        self.amount = amount
    def spend(self, n):
        if n > self.amount:
            raise InsufficientFunds(f"need {n}, have {self.amount}")
        self.amount -= n
        return self.amount

w = Wallet(10)
print(w.spend(3))
print(w.spend(20))
