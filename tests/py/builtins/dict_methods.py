# dict methods: get/setdefault/pop/popitem/update/keys/values/items/copy/clear/fromkeys, views.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("x"), d.get("x", "dflt"), d.setdefault("a", 9), d.setdefault("c", 3), d)
print(d.pop("c"), d.pop("missing", "none"), d)
try:
    d.pop("missing")
except KeyError:
    print("KeyError pop")
d.update({"b": 20, "e": 5})
d.update([("f", 6)])
d.update(g=7)
print(d)
k, v = d.popitem()
print(len(d), k in ("a", "b", "e", "f", "g"))
d[k] = v
c = d.copy()
c["new"] = 0
print("new" in d, "new" in c, c is d)
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
keys = d.keys()
d["z"] = 26
print("z" in keys, len(keys), sorted(keys))
print(("a", 1) in d.items(), 26 in d.values())
print(dict.fromkeys("xyz"), dict.fromkeys([1, 2], 0))
print(dict(), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
d.clear()
print(d, len(d), bool(d))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
print({1: "a"} == {1: "a"}, {1: "a"} != {1: "b"}, {} == dict())
