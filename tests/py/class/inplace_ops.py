# In-place operators: __iadd__ mutates and returns self; without it += falls back to __add__.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        print("iadd", x)
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
a = Acc()
orig = a
a += 1
a += 2
a -= 1
a *= 3
print(a.items, a is orig)
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return Plain(self.v + o)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
class Weird:
    def __iadd__(self, o):
        return "replaced"
w = Weird()
w += 1
print(w)
class Holder:
    pass
h = Holder()
h.acc = Acc()
h.acc += "attr"
d = {"k": Acc()}
d["k"] += "item"
print(h.acc.items, d["k"].items)
