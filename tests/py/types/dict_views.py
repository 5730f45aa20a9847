# dict views: len, iteration, membership, set operations and comparisons of keys/items views
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), "a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
print(list(k), list(v), list(i))
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
d["d"] = 4
print(list(k), len(v), sorted(i))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted({"a", "q"} & k), sorted(["a", "x"] - k), sorted(("z",) | k), sorted(k & ["b", "c", "q"]))
print(type(k & {"a"}).__name__, type(k | k).__name__, sorted(i & {("a", 1)}), sorted(i - {("a", 1)}))
print(k == {"a", "b", "c", "d"}, k == {"a"}, {"a", "b", "c", "d"} == k, k != {"a"}, k == ["a", "b", "c", "d"])
print(k <= {"a", "b", "c", "d", "e"}, k < {"a", "b", "c", "d"}, k >= {"a"}, {"a"} < k, k > k)
print(d.keys() == d.keys(), d.items() == {"a": 1, "b": 2, "c": 3, "d": 4}.items(), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
print(v == v, d.values() == d.values(), k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 1)]))
err(lambda: v & {1})
err(lambda: v | v)
err(lambda: k & 5)
err(lambda: hash(k))
err(lambda: k[0])
err(lambda: [] in k)
it = iter(k)
print(next(it), next(it))
del d["a"]
err(lambda: next(it))
e = {}
print(list(e.keys()), list(e.items()), e.keys() == set(), bool(e.keys()), bool(d.keys()), len(e.values()))
print(sorted(d.keys()), sorted(d.values()), [kk for kk, vv in d.items() if vv > 2], dict(d.items()) == d)
for kk, vv in sorted(d.items()):
    print(kk, vv, end=";")
print()
print(list(zip(d.keys(), d.values())), max(d.values()), sum(d.values()), min(d.keys()), tuple(d), sorted(d, reverse=True))
live = {1: "x"}
kv = live.keys()
live[2] = "y"
live.pop(1)
print(list(kv), 1 in kv, 2 in kv, len(kv), set(kv), set(live.items()))
def grow():
    g = {1: 1, 2: 2}
    for key in g.keys():
        g[key + 10] = 0
err(grow)
