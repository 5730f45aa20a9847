# Single inheritance: overriding, extending via super(), inherited attributes and methods.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
p = Puppy("x", 2)
print(p.age, p.name, p.kind, Puppy.kind, Animal.kind)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
class Empty(Dog):
    pass
print(Empty("e").describe())
print(Puppy.__name__, Puppy.__bases__ == (Dog,) if hasattr(Puppy, "__bases__") else True)
