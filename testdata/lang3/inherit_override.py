class Animal:
    sound = "..."
    def __init__(self, name): self.name = name
    def speak(self): return f"{self.name} says {self.sound}"
    def __str__(self): return f"<{type(self).__name__} {self.name}>"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self): return super().speak() + "!"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives
for a in [Animal("x"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(str(a), a.speak())
print(Cat("c").lives, Cat("d", 3).lives)
print(Puppy.__base__.__name__, Dog.__subclasses__())
print([c.__name__ for c in Animal.__subclasses__()])
print(issubclass(Puppy, Animal), isinstance(Puppy("p"), Dog))
print(Puppy.speak is Dog.speak, Dog.speak is Animal.speak)
