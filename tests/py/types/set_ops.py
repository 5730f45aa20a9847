s = {1, 2, 3}
f = frozenset([2, 3, 4])
print(s | f, s & f, s - f, s ^ f, f | s, type(f | s).__name__, type(s | f).__name__)
print(s.union([9], (8,)), s.intersection([1, 2], [2]), s.difference([1]), s.symmetric_difference([3, 4]))
print(s <= {1, 2, 3, 4}, s < s, s >= {1}, s > {1}, s == {3, 2, 1}, s == frozenset({1, 2, 3}), s != f)
print(s.issubset(range(10)), s.issuperset([1]), s.isdisjoint([7]), f.isdisjoint(s))
t = set()
t.add(1); t.add(1); t.update([2, 3], "ab"); t.discard(99); t.remove(2)
print(sorted(t, key=str), len(t), 1 in t, 2 in t)
try:
    t.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError pop")
u = {1, 2, 3, 4}
u &= {2, 3, 5}; print(sorted(u))
u |= {9}; print(sorted(u))
u -= {2}; print(sorted(u))
u ^= {3, 7}; print(sorted(u))
u.intersection_update([7, 9, 11]); print(sorted(u))
u.difference_update([7]); print(sorted(u))
u.symmetric_difference_update([1, 9]); print(sorted(u))
print(set(), frozenset(), repr(frozenset([1])), {frozenset([1, 2]): "a"}[frozenset([2, 1])])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset(): 1}, set("aab") == {"a", "b"})
try:
    hash({1})
except TypeError:
    print("TypeError unhashable")
try:
    f.add(1)
except AttributeError:
    print("AttributeError frozen add")
print({x % 3 for x in range(10)}, {1, True, 1}, {(1, 2), (1, 2)})
c = s.copy(); c.clear(); print(c, s)
print(sorted({3, 1, 2}), len(frozenset("hello")), frozenset([1]) in {frozenset([1])}, {1} in [{1}])
try:
    {[1]}
except TypeError:
    print("TypeError list in set")
print(s.pop() in {1, 2, 3}, len(s))
