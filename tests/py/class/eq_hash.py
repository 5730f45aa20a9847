# __eq__ and __hash__ make instances usable as dict keys and set members by value.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % (self.k,)
d = {Key("a"): 1}
d[Key("a")] = 2
d[Key("b")] = 3
print(len(d), d[Key("a")], Key("b") in d, Key("c") in d)
s = {Key(1), Key(1), Key(2)}
print(len(s), Key(2) in s)
print(sorted(s, key=lambda k: k.k))
class Ident:
    pass
i1, i2 = Ident(), Ident()
d2 = {i1: "one", i2: "two"}
print(d2[i1], d2[i2], len(d2))
class CollideHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
objs = {CollideHash(1): "a", CollideHash(2): "b"}
print(objs[CollideHash(2)], len(objs))
print(hash(Key("z")) == hash("z"))
