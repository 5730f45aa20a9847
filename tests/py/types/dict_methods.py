# dict methods: get setdefault pop popitem update copy clear fromkeys keys values items
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 7), d.setdefault("a", 9), d.setdefault("b"), d.setdefault("c", []), d)
print(d.pop("a"), d.pop("a", "dflt"), d.pop("zz", None), d)
d.update({"c": 3})
d.update([("d", 4), ["e", 5]])
d.update(f=6)
d.update({"g": 7}, h=8)
d.update((x, x * 2) for x in range(2))
d.update()
print(d)
err(lambda: d.update(1))
err(lambda: d.update({}, {}))
err(lambda: d.update([(1, 2, 3)]))
err(lambda: d.update(["ab", "c"]))
c = d.copy()
c["z"] = 0
print(len(c), len(d), c == d, c != d, "z" in d, c is d)
print(d.popitem(), d.popitem(), d)
err(lambda: {}.popitem())
err(lambda: {}.pop("k"))
err(lambda: {}.get())
err(lambda: {}.setdefault())
err(lambda: {}.get([]))
try:
    {}.pop("missing")
except KeyError as e:
    print("KeyError", e.args)
r = d.clear()
print(r, d, len(d), bool(d))
print(dict.fromkeys([1, 2]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), "x"), dict.fromkeys([]))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
k = {"a": 1, "b": 2, "c": 3}
del k["b"]
k["b"] = 4
k["a"] = 5
print(k, list(k), list(k.keys()), list(k.values()), list(k.items()))
def delmissing():
    del k["q"]
err(delmissing)
print("a" in k, "q" not in k, len(k), sorted(k.items(), key=lambda kv: kv[1]))
nested = {"x": {"y": [1, 2]}}
copy = nested.copy()
copy["x"]["y"].append(3)
print(nested, copy["x"] is nested["x"])
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1)
print(dd["a"], dd["zz"], "zz" in dd, type(dd).__name__, dd, isinstance(dd, dict), dd.get("zz"))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
cnt = Counter()
for ch in "mississippi":
    cnt.add(ch)
print(sorted(cnt.items()), len(cnt), max(cnt, key=cnt.get))
