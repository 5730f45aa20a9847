l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7)
print(l, l.pop(), l.pop(0), l.index(9), l.count(1), len(l))
l.remove(9); l.reverse(); print(l, l.copy(), l[::-1])
l.sort(); print(l); l.sort(reverse=True); print(l); l.sort(key=lambda x: (x % 2, x)); print(l)
l.clear(); print(l, [] == [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
a = list(range(10))
a[2:5] = ["x"]; print(a); a[::3] = [0] * len(a[::3]); print(a); del a[1::2]; print(a); del a[:]; print(a)
b = [1, 2, 3]; b[1:1] = [7, 8]; print(b); b[-1:] = []; print(b); b *= 2; print(b); b += (9,); print(b)
print([1] * 0, [1] * -1, [[0] * 2] * 2, [x for x in range(5) if x % 2] + [9])
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].index(5)
except ValueError:
    print("ValueError")
try:
    a = [1, 2, 3]; a[::2] = [1]
except ValueError:
    print("ValueError ext")
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.pop("a"), d.pop("z", None), d.setdefault("c", 3), d)
d.update({"x": 1}, y=2); d.update([("z", 26)]); print(d, sorted(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), len(d), "x" in d, "q" in d, dict.fromkeys("ab", 0), dict(zip("ab", range(2))), dict(a=1, **{"b": 2}))
k = d.keys(); d["new"] = 1; print(len(k), "new" in k, sorted(k & {"x", "new", "nope"}), sorted(k | {"q"}) , sorted(k - {"x"}))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
print({1: "a", True: "b", 2: "c"}, {(1, 2): 3}[(1, 2)], d == dict(d), {} == {}, {1: 2} != {1: 3})
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], t < (1, 3), hash(t) == hash((1, 2, 3, 2)), (1,) * 0, tuple("ab"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]), sorted("Banana", key=str.lower), sorted([3, 1, 2], reverse=True))
