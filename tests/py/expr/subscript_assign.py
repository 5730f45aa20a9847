# Index assignment and deletion on lists and dicts, negative indices, nested containers.
l = [0, 1, 2, 3]
l[0] = "a"
l[-1] = "z"
print(l)
del l[1]
print(l)
del l[-1]
print(l)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
    grid[i][-1 - i] += 2
print(grid)
d = {}
d["a"] = 1
d[2] = [d["a"]]
d[2].append(3)
d[(1, 2)] = "t"
print(d)
d["a"] = "replaced"
print(d)
try:
    l[-10] = 1
except IndexError:
    print("IndexError")
try:
    del l[10]
except IndexError:
    print("IndexError del")
try:
    d[[1]] = 2
except TypeError:
    print("TypeError: unhashable")
s = "abc"
try:
    del s[0]
except TypeError:
    print("TypeError: str del")
