# A text-adventure state machine driven by a scripted list of commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.visited = ["hall"]

    def look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            ROOMS[target]["locked"] = False
            msg = "You unlock the door with the key. "
        else:
            msg = ""
        if target == "cellar" and "lamp" not in self.inventory:
            self.state = "lost"
            return msg + "It is pitch dark. You fall down the stairs."
        self.room = target
        if target not in self.visited:
            self.visited.append(target)
        return msg + self.look()

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped: {item}."

    def command(self, line):
        self.moves += 1
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        arg = " ".join(rest)
        handlers = {"look": lambda: self.look(), "go": lambda: self.go(arg), "take": lambda: self.take(arg),
                    "drop": lambda: self.drop(arg), "inventory": lambda: "You carry: " + (", ".join(self.inventory) or "nothing")}
        if verb in ("north", "south", "east", "west", "up", "down"):
            return self.go(verb)
        if verb not in handlers:
            return f"I don't understand '{verb}'."
        return handlers[verb]()


script = ["look", "take lamp", "go east", "down", "west", "north", "take key", "take book", "inventory",
          "dance", "", "drop book", "look", "south", "go east", "go down", "take treasure", "look"]
game = Game()
for line in script:
    if game.state != "playing":
        break
    print(f"> {line}")
    print(game.command(line))
print("state:", game.state, "moves:", game.moves, "visited:", game.visited)
print("inventory:", sorted(game.inventory))
game2 = Game()
for line in ["east", "down"]:
    print(f"> {line}")
    print(game2.command(line))
print("state:", game2.state)
