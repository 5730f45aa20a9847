# property: getter, setter, deleter, read-only properties, properties in subclasses.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        print("get c")
        return self._c
    @c.setter
    def c(self, v):
        print("set c", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("del c")
        self._c = 0
    @property
    def f(self):
        return self._c * 9 // 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e.args)
del t.c
print(t.c)
try:
    t.f = 5
except AttributeError:
    print("AttributeError: read-only")
class Sub(Temp):
    @property
    def f(self):
        return "overridden"
s = Sub()
s.c = 5
print(s.f, s.c)
def getx(self):
    return "x via property()"
class Old:
    x = property(getx)
print(Old().x)
print(type(Temp.c).__name__)
