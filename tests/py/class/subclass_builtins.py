# Subclasses of list, dict, tuple and set keep the builtin behaviour and can add or override methods.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s[0], s[1:], isinstance(s, list), type(s).__name__)
print(sorted(Stack([3, 1, 2])), Stack("ab") + ["c"], 2 in s, list(reversed(s)))
class DefaultDict(dict):
    default = 0
    def get_or_default(self, k):
        return self[k] if k in self else self.default
d = DefaultDict()
d["a"] = 5
print(d.get_or_default("a"), d.get_or_default("b"), len(d), sorted(d.items()), isinstance(d, dict))
class Counted(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counted()
c["x"] = 1
print(c["x"], c)
class Pair(tuple):
    def first(self):
        return self[0]
    def swapped(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p.first(), p.swapped(), p + (3,), len(p), hash(p) == hash((1, 2)), p == (1, 2))
class Tags(set):
    def tagged(self, t):
        return t in self
t = Tags(["a", "b"])
t.add("c")
print(sorted(t), t.tagged("a"), t.tagged("z"), len(t), isinstance(t, set))
class LoudList(list):
    def append(self, v):
        print("appending", v)
        super().append(v)
m = LoudList([10])
m.append(20)
m.extend([30])
print(m, m[1], len(m))
class Err(ValueError):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code
try:
    raise Err(7)
except ValueError as e:
    print(type(e).__name__, e.args, e.code)
