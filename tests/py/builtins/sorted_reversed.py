# sorted() with key and reverse (stable), list.sort, and reversed() on sequences and user classes.
data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}))
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["b", "A", "c"], key=str.lower))
print(sorted([-3, 2, -1], key=abs), sorted([], reverse=True))
l = [3, 1, 2]
l.sort(reverse=True)
print(l)
l.sort(key=lambda v: -v)
print(l)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print("".join(reversed("stressed")), list(reversed([])), list(reversed(b"ab")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i
print(list(reversed(Seq())))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError mixed")
try:
    reversed(5)
except TypeError:
    print("TypeError reversed int")
print(sorted(range(10), key=lambda v: v % 3))
