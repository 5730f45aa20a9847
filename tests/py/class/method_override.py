# Template-method pattern: base methods calling overridden methods, attribute lookup order.
class Shape:
    name = "shape"
    def area(self):
        return 0
    def describe(self):
        return "%s with area %d" % (self.name, self.area())
class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Shape(), Rect(2, 3), Square(4)]
for s in shapes:
    print(s.describe())
sq = Square(2)
sq.name = "my square"
print(sq.describe())
sq.area = lambda: -1
print(sq.describe())
class Base:
    def run(self):
        return self.step1() + self.step2()
    def step1(self):
        return "b1"
    def step2(self):
        return "b2"
class Derived(Base):
    def step2(self):
        return "d2"
print(Base().run(), Derived().run())
