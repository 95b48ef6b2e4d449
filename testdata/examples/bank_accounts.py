# A small bank-account class hierarchy with custom exceptions and a transaction log.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.amount = amount


class Account:
    next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise BankError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.log.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
        return self.balance

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance:.2f})"


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self.log.append(("interest", interest))


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= 5.0
            self.log.append(("fee", 5.0))


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
    print(f"transferred {amount:.2f} from #{src.number} to #{dst.number}")


bank = [Savings("ann", 1000.0, rate=0.06), Checking("bob", 50.0), Account("cy", 10.0)]
for acct in bank:
    print(acct, acct.kind, f"available={acct.available():.2f}")
transfer(bank[0], bank[1], 250.0)
transfer(bank[1], bank[2], 320.0)
for attempt in [(bank[2], 1000.0), (bank[1], 100.0), (bank[0], -5)]:
    acct, amount = attempt
    try:
        if amount < 0:
            acct.deposit(amount)
        else:
            acct.withdraw(amount)
    except InsufficientFunds as e:
        print("refused:", e, "| requested", e.amount)
    except BankError as e:
        print("bank error:", e)
for month in range(1, 4):
    for acct in bank:
        acct.month_end()
    print(f"after month {month}:", bank)
for acct in bank:
    print(acct.owner, acct.log)
total = sum(a.balance for a in bank)
print(f"total holdings: {total:,.2f}")
richest = max(bank, key=lambda a: a.balance)
print("richest:", richest.owner, isinstance(richest, Account), issubclass(Savings, Account))
