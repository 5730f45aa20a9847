# expect: hand-written (MicroPython prints OrderedDict({...}) around the dict's repr)
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict
a = OrderedDict()
print(a, repr(a))
a["x"] = 1
a["y"] = 2
b = OrderedDict([("y", 2), ("x", 1)])
print(a, b)
print(a == b, a != b, a == {"y": 2, "x": 1}, {"x": 1, "y": 2} == b)
b.pop("y")
b["y"] = 2
print(a == b, a != b, isinstance(a, dict))
