# Container special methods: __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Store:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        print("get", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.data
s = Store()
s["a"] = 1
s[2] = "two"
print(len(s), s["a"], s[2])
print("a" in s, "z" not in s)
del s["a"]
print(len(s))
try:
    s["missing"]
except KeyError:
    print("KeyError propagated")
s[(1, 2)] = "tuple key"
print(s[1, 2])
s["n"] = 5
s["n"] += 1
print(s.data["n"])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
