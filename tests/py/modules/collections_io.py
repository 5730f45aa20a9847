try:
    from ucollections import namedtuple, OrderedDict, deque
except ImportError:
    from collections import namedtuple, OrderedDict, deque
try:
    import uio as io
except ImportError:
    import io
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple), Point._fields)
a, b = p
print(a, b, Point(x=3, y=4), Point(5, y=6), p._replace(y=9), type(p).__name__)
P3 = namedtuple("P3", ["a", "b", "c"])
print(P3(1, 2, 3), sorted([Point(2, 1), Point(1, 5)]))
try:
    Point(1)
except TypeError:
    print("TypeError")
d = OrderedDict()
d["z"] = 1; d["a"] = 2
print(list(d.items()), list(d.keys()), len(OrderedDict()), isinstance(d, dict))
q = deque((), 3)
for i in range(5):
    q.append(i)
print(len(q), q.popleft(), q.pop(), bool(q), list(q))
q2 = deque([1, 2])
q2.appendleft(0)
print(list(q2), q2.popleft(), len(q2))
try:
    deque(()).pop()
except IndexError:
    print("IndexError")
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.read(3), s.read(), repr(s.read()))
s = io.StringIO()
print(s.write("hello "), s.write("world"), s.getvalue())
s.seek(0); print(s.read(5), s.tell())
print(list(io.StringIO("a\nb\n")))
b = io.BytesIO(b"abc\ndef")
print(b.readline(), b.read(), b.getvalue())
b = io.BytesIO()
b.write(b"xy"); b.write(bytearray(b"z")); print(b.getvalue(), b.tell())
try:
    io.StringIO().write(b"x")
except TypeError:
    print("TypeError")
with io.StringIO("q") as f:
    print(f.read())
print(f.closed)
