# iter() and next(): default values, iterators of each builtin type, resuming a partly used iterator.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
lines = iter(["a", "b", "", "c"])
head = []
for line in lines:
    if not line:
        break
    head.append(line)
print(head, next(lines))
s = iter("xyz")
print(next(s), list(s), next(s, "end"))
d = iter({"k1": 1, "k2": 2})
print(sorted([next(d), next(d)]))
r = iter(range(3))
print(iter(r) is r, list(r))
t = iter((1,))
print(next(t), next(t, "done"))
try:
    next([1, 2])
except TypeError:
    print("TypeError: list is not an iterator")
try:
    iter(5)
except TypeError:
    print("TypeError: int not iterable")
class Three:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Three()), next(Three()), next(iter(Three())))
g = (x for x in [])
print(next(g, "empty gen"))
