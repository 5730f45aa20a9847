# Classes with __get__/__set__/__delete__ used as class attributes (data and non-data descriptors).
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return "descriptor on " + owner.__name__
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]

class Lazy:
    """A non-data descriptor: the instance attribute it stores shadows it afterwards."""
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Point:
    x = Typed("x", int)
    y = Typed("y", int)
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @Lazy
    def norm1(self):
        print("computing norm1")
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y, Point.x)
p.x = 10
print(p.x, p.norm1, p.norm1)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError", e)
del p.x
print(p.x)
print(type(Point.__dict__["norm1"]).__name__ if hasattr(Point, "__dict__") else "Lazy")
