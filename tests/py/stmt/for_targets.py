# for-loop targets: tuple unpacking, nested unpacking, starred, attribute and subscript targets.
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
class O:
    pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
lst = [0, 0]
for lst[0] in "xyz":
    pass
print(lst)
d = {}
for d["k"] in [1, 2]:
    pass
print(d)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError:
    print("ValueError unpacking")
