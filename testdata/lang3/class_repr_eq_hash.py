class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit): self.rank, self.suit = rank, suit
    def __repr__(self): return f"Card({self.rank!r}, {self.suit!r})"
    def __eq__(self, o): return (self.rank, self.suit) == (o.rank, o.suit) if isinstance(o, Card) else NotImplemented
    def __hash__(self): return hash((self.rank, self.suit))
    def __lt__(self, o): return self.RANKS.index(self.rank) < self.RANKS.index(o.rank)
hand = [Card("K", "s"), Card("2", "h"), Card("A", "d"), Card("K", "s")]
print(sorted(hand))
print(len(set(hand)), hand[0] == hand[3], hand[0] is hand[3], hand.count(Card("K", "s")))
print(Card("2", "h") in hand, hand.index(Card("A", "d")), max(hand), min(hand))
d = {Card("A", "d"): "ace"}
print(d[Card("A", "d")], Card("A", "d") != Card("A", "s"), Card("A", "d") == "Ad")
print(repr(hand[1]), str(hand[1]), f"{hand[1]}")
