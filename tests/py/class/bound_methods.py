# Bound and unbound method access: methods via class need explicit self; bound methods remember self.
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        self.v += n
        return self
c1, c2 = C(1), C(2)
g1 = c1.get
print(g1(), C.get(c2), C.get(c1))
c1.v = 10
print(g1())
methods = [c.get for c in (c1, c2)]
print([m() for m in methods])
print(c1.add(5).add(5).get())
fn = C.add
fn(c2, 100)
print(c2.v)
class D(C):
    def get(self):
        return "D:" + str(C.get(self))
print(D(7).get())
print(list(map(C.get, [C(3), C(4)])))
bm = D(1).add
print(type(bm(1)).__name__)
