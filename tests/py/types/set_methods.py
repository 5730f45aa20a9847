# set and frozenset methods: every method, multi-argument forms, errors
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

s = set([3, 1, 2])
print(s, set(), set(()), set(range(5)), set("aab") == {"a", "b"}, set({1: 2, 3: 4}))
print(s.union(), s.union([4], {5}, (6,), range(7, 8)), s.intersection(), s.intersection({1, 2}, [2, 3]))
print(s.difference(), s.difference([1], {2}), sorted(s.symmetric_difference({2, 9})))
print(s.issubset([1, 2, 3]), s.issubset((1, 2)), s.issuperset((1,)), s.isdisjoint(range(4, 9)), s.isdisjoint([3]))
err(lambda: set(1))
err(lambda: set([1], [2]))
err(lambda: set([[1]]))
err(lambda: s.union(5))
err(lambda: s.symmetric_difference())
err(lambda: s.symmetric_difference([1], [2]))
x = {1, 2, 3}
print(x.update([4], (5,), {6: 0}), x)
x.intersection_update([1, 2, 3, 4], {2, 3, 4, 7})
print(x)
x.difference_update({2}, [3])
print(x)
x.symmetric_difference_update([4, 8])
print(x)
print(x.discard(100), x.add(9), x.add(9), x)
print(x.remove(8), x)
print(x.clear(), x, len(x), bool(x), bool({0}))
e = set()
err(lambda: e.pop())
err(lambda: e.remove(1))
err(lambda: e.add([]))
err(lambda: e.add())
e.add(5)
print(e.pop(), e)
try:
    e.remove("gone")
except KeyError as k:
    print("KeyError", k.args)
c = {1, 2}
d = c.copy()
d.add(3)
print(c, d, c is d, type(frozenset([1]).copy()).__name__)
f = frozenset([1, 2, 3])
print(f.union([4]), f.intersection([2, 9]), f.difference([1]), f.symmetric_difference([3, 4]))
print(type(f.union([4])).__name__, type(f.intersection([2])).__name__, f.issubset(range(5)))
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name), hasattr(s, name))
err(lambda: set.add(frozenset(), 1))
err(lambda: set.update({}, [1]))
print(set.union({1}, [2]), frozenset.union(frozenset([1]), [2]), set.issubset({1}, [1]))
class S(set):
    def first(self):
        return min(self)
t = S([5, 4])
t.add(3)
print(type(t).__name__, t.first(), t == {3, 4, 5}, isinstance(t, set), len(t), 4 in t)
print(type(t | {9}).__name__, sorted(t.union([0])))
print(len({x for x in range(100)}), sum({1, 2, 3}), max({4, 8, 1}), min(frozenset([5, 3])), sorted({"b", "a"}))
it = iter({1, 2, 3})
print(next(it), list(it))
