try:
    import ujson as json
except ImportError:
    import json

# scalars
for v in [None, True, False, 0, 1, -1, 123456789, 2**64, -(2**100), "", "abc"]:
    print(json.dumps(v))

# escapes that MicroPython and CPython write alike
print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps("nl\ncr\rtab\t"))
print(json.dumps("\x00\x01\x1f"))

# containers
print(json.dumps([]))
print(json.dumps({}))
print(json.dumps([1, [2, [3, []]], "x"]))
print(json.dumps((1, 2, 3)))
print(json.dumps((1,)))
print(json.dumps(()))
print(json.dumps({"a": 1}))
print(json.dumps({"a": [1, 2, {"b": None}], "c": (True, False)}))
print(json.dumps([{"x": {}}, [{}]]))

# non-str keys are quoted
print(json.dumps({1: "one"}))
print(json.dumps({True: 1}))
print(json.dumps({None: 1}))
print(json.dumps({2**70: 0}))

# the same object twice is fine, a cycle is not
x = [1]
print(json.dumps([x, x, {"k": x}]))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)

# unsupported values and keys
class Foo:
    pass

for bad in [Foo(), {1, 2}, b"bytes", [1, Foo()]]:
    try:
        json.dumps(bad)
    except TypeError:
        print("TypeError")
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)

# round trips
for v in [[1, "two", None, True, [False, {}]], {"nested": {"deep": [1, [2, [3]]]}}, "\\\"\n"]:
    s = json.dumps(v)
    print(s, json.loads(s) == v)

# long structures
print(json.dumps(list(range(20))))
print(json.dumps({str(i): i for i in range(5)}))
