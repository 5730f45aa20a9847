# is / is not / in / not in across containers and custom iterables.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, () == ())
print(2 in a, 3 in a, 3 not in a, not 3 in a)
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc")
print(b"b" in b"abc", (1, 2) in [(1, 2), 3], [1] in [[1]])
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d, "two" in d, "two" in d.values())
print(1 in {1, 2}, 5 in frozenset([5]), 3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
class Seq:
    def __iter__(self):
        return iter([10, 20])
print(20 in Seq(), 30 in Seq())
x = []
print(x in [x], x in [[]], None in [0, False, ""])
