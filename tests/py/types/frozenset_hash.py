# frozenset: hashable by content, usable as a dict key and a set member; set is not
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

f = frozenset([1, 2])
g = frozenset([2, 1])
print(f, frozenset(), frozenset("aa"), repr(frozenset({"a"})), str(frozenset()), frozenset(range(3)))
print(f == g, f is g, hash(f) == hash(g), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset(["x", (1, 2)])) == hash(frozenset([(1, 2), "x"])))
d = {f: "one-two"}
print(d[g], d.get(frozenset([1, 2])), d.get(frozenset()), frozenset([1, 2]) in d, g in d.keys())
d[frozenset()] = "empty"
d[frozenset([1, 2])] = "again"
print(len(d), d[frozenset()], d[f])
print({1, 2} in {f}, {1, 2} in d if False else "skip", {frozenset([1, 2]): 5}[frozenset({2, 1})])
s = {frozenset([1]), frozenset([1]), frozenset(), frozenset([1, 2]), g}
print(len(s), frozenset() in s, frozenset([2, 1]) in s, frozenset([9]) in s)
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(frozenset([1, 2]) in nested, len(nested), frozenset([frozenset([3]), frozenset([2, 1])]) == nested)
print(hash(nested) == hash(frozenset([frozenset([3]), frozenset([1, 2])])))
t = (1, frozenset([2, 3]))
print({t: 1}[(1, frozenset([3, 2]))], hash(t) == hash((1, frozenset([3, 2]))))
err(lambda: hash({1}))
err(lambda: {{1}: 2})
err(lambda: {1: 2}[{1}])
err(lambda: frozenset([[1]]))
err(lambda: frozenset([{}]))
err(lambda: frozenset([1], [2]))
err(lambda: frozenset([1]).add(2))
err(lambda: f.update([3]))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]), frozenset() == set(), frozenset([1]) != {1})
print(type(frozenset(f)).__name__, frozenset(f) == f, frozenset({1: 2}), frozenset(x * 2 for x in [1, 2]))
class FS(frozenset):
    pass
h = FS([4, 5])
print(type(h).__name__, h == frozenset([4, 5]), hash(h) == hash(frozenset([5, 4])), {h: 1}[frozenset([4, 5])])
print(isinstance(h, frozenset), isinstance(f, set), isinstance({1}, frozenset))
counts = {}
for group in [[1, 2], [2, 1], [3], [1, 2, 2], [3]]:
    key = frozenset(group)
    counts[key] = counts.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in counts.items()))
class Obj:
    pass
o1, o2 = Obj(), Obj()
objs = {frozenset([o1]): 1, frozenset([o2]): 2, frozenset([o1, o2]): 3}
print(len(objs), objs[frozenset([o2])], objs[frozenset([o2, o1])], hash(frozenset([o1])) == hash(frozenset([o1])))
