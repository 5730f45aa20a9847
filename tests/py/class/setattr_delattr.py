# __setattr__ and __delattr__ intercept attribute assignment and deletion on instances.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
o = Logged()
o.a = 1
o.b = 2
o.a += 10
del o.b
print(o.a, hasattr(o, "b"), o.log)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError("read-only " + name)
r = ReadOnly()
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError", e.args)
print(hasattr(r, "x"))
setattr(o, "c", 3)
print(o.c, o.log[-1])
