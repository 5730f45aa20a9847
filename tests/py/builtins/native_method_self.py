# A builtin type's method called through the class checks its first argument; methods found
# on the class still work (object.__setattr__, float-free subclasses, set/frozenset sharing).
for f in (lambda: list.append(), lambda: list.append(1), lambda: list.append(1, 2),
          lambda: dict.get(3, 4), lambda: getattr(list, "append")(5, 6)):
    try:
        f()
        print("no error")
    except TypeError:
        print("TypeError")

l = []
list.append(l, 2)
getattr(list, "append")(l, 3)
print(l, str.upper("ab"), dict.get({1: 2}, 1))
print(set.union({1}, [2]) == {1, 2}, frozenset.union(frozenset([1]), [2]) == {1, 2})
print(sorted(map(str.lower, ["B", "A"])))


class Rec:
    def __init__(self):
        object.__setattr__(self, "seen", [])

    def __setattr__(self, k, v):
        self.seen.append(k)
        object.__setattr__(self, k, v)


r = Rec()
r.x = 1
print(r.seen, r.x)


class N(int):
    def __repr__(self):
        return "N(" + int.__repr__(self) + ")"


print(repr(N(7)), list.__name__, list.__bases__ == (object,))
