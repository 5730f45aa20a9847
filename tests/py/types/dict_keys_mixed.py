# dict keys: int/bool equality, bigints, tuples, strings; construction; == ; recursive repr
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

print({1: "a", True: "b"}, {True: "a", 1: "b"}, {0: 1, False: 2}, {1: 1}[True], {True: 5}[1], {False: 0}[0])
m = {}
m[1] = "int"
m[True] = "bool"
m[2 ** 70] = "big"
m[(1, 2)] = "tuple"
m[(True, 2)] = "tuple-bool"
m["1"] = "str"
m[-1] = "neg"
print(m, len(m), m[2 ** 70], m[(1, 2)], 2 ** 70 in m, 2 ** 70 + 1 in m)
print({1: 2} == {True: 2}, {} == [], {1: [1]} == {1: [1]}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {1: 2} == {2: 1})
print({(1, 2): 1, (1, 2): 2}, {-1: 1, -2: 2}, {2 ** 64: "a", 2 ** 64 + 0: "b"}, {(): 1}[()])
print({(1, (2, 3)): "deep"}[(1, (2, 3))], {9007199254740993: "x"}[9007199254740993], {2 ** 53: 1}.get(2 ** 53 + 1))
err(lambda: {[]: 1})
err(lambda: {{}: 1})
err(lambda: {(1, [2]): 1})
err(lambda: {}[[]])
err(lambda: [] in {})
err(lambda: {}[1])
err(lambda: {}[(1, 2)])
try:
    {"k": 1}["missing"]
except KeyError as e:
    print("KeyError", e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e.args)
d = dict([(1, 2), [3, 4], "ab"], x=5)
print(d, dict(), dict({}), dict(d) == d, dict(d) is d, dict(a=1, b=2), dict({1: 2}, y=3))
print(dict(zip([1, 2], [3, 4])), dict((i, i * i) for i in range(4)), dict(dict(a=1).items()), dict([]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict([1]))
err(lambda: dict(5))
err(lambda: dict({}, {}))
r = {}
r["self"] = r
print(r)
l = [1]
l.append(l)
print(l, [l, r], str(r), repr(l))
both = {"list": l}
l.append(both)
print(both)
t = ([],)
t[0].append(t)
print(t)
print({1: [2, {3: (4,)}]}, {"s": "q'uote"}, {None: None, True: False})
order = {}
for key in ["z", "y", "x", "y", "w"]:
    order[key] = order.get(key, 0) + 1
print(order, list(order))
del order["y"]
order["y"] = 9
print(order)
class Obj:
    pass
o1, o2 = Obj(), Obj()
keyed = {(o1, 1): "a", (o2, 1): "b", (o1, "1"): "c"}
print(len(keyed), keyed[(o1, 1)], keyed[(o2, 1)], (o1, 2) in keyed, {(len, print): 1}[(len, print)])
