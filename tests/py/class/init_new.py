# __new__ and __init__: call order, __new__ returning an existing instance, arguments passed to both.
class Point:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, type(p).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
a = Singleton()
b = Singleton()
print(a is b, a.count)
class NoInit:
    pass
n = NoInit()
print(type(n).__name__)
class Child(Point):
    def __init__(self, x):
        super().__init__(x, x * 10)
c = Child(3)
print(c.x, c.y, isinstance(c, Point))
class InitOnly:
    def __init__(self, v=7):
        self.v = v
print(InitOnly().v, InitOnly(8).v, InitOnly(v=9).v)
