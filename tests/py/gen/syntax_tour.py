# A tour of Python 3.4 statement and expression syntax in one program.
x = 1; y = 2
if x: pass
while False: pass
else: print("while-else")
for i in range(2): pass
else: print("for-else", i)
a = b = c = 5; print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, *b] = range(4); print(a, b)
*a, b = "xyz"; print(a, b)
a, (b, *c), d = 1, (2, 3, 4), 5; print(a, b, c, d)
print(1 if x else 2, x and y, x or y, not x, -x, +x, ~x, x ** -1 if False else 0)
print([i * j for i in range(3) for j in range(i) if j], {k: v for k, v in zip("ab", (1, 2))}, {i % 3 for i in range(9)})
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3), (lambda x, y=2, *, z=3: x + y + z)(1, z=10))
def g(a, b=[], *args, c, d=4, **kw): return a, b, args, c, d, sorted(kw)
print(g(1, c=3), g(1, 2, 3, c=4, e=5))
print(*[1, 2, 3], sep="-", end="!\n")
d = dict({"a": 1}, b=2); print(d, [range(3), "ab"])
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer(); print(f(), f(), x)
def gen():
    x = yield 1
    y = yield x * 2
    return y
g = gen(); print(next(g), g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("ret", e.value)
class A:
    """doc"""
    x = 5
    def __init__(self): self.v = [1, 2, 3]
    def __getitem__(self, i): return self.v[i]
    def __len__(self): return len(self.v)
print(A()[1], len(A()), A.x, list(A()))
print(0b1010, 0o17, 0xff, 'a' 'b' "c", b'x' b'y', r'\n', '\x41\u00e9')
print(2 < 3 < 4, 2 < 3 > 4, 1 < 2 == 2, 1 in [1] not in [[]], None is None is not False)
assert True, "msg"
try:
    assert 1 == 2, "boom"
except AssertionError as e:
    print("AE", e)
del a; print("a" in dir())
with open(__file__) as f1, open(__file__) as f2: print(f1.read(5) == f2.read(5))
print(__name__, type(__file__).__name__)
global_var = 1
def usesglobal():
    global global_var
    global_var += 1
usesglobal(); print(global_var)
print(eval("1 + 2 * 3"), [x for x in range(3)][-1])
