# __call__ makes instances callable; callable() reflects it; bound methods keep their self.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
add5 = Adder(5)
print(add5(1), add5(1, 2), add5(x=10, y=20), callable(add5))
print(list(map(Adder(100), [1, 2, 3])))
class Plain:
    def method(self, a):
        return (type(self).__name__, a)
p = Plain()
m = p.method
print(m(1), callable(p), callable(m))
print(Plain.method(p, 2))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
try:
    Plain()()
except TypeError:
    print("TypeError: not callable")
class Chain:
    def __call__(self, v):
        print("called with", v)
        return self
Chain()(1)(2)(3)
