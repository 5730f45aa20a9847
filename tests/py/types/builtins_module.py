# The builtins module is the namespace every module's names fall back to; range slicing maps
# the slice through the range (CPython's bounds).
import builtins
saved = builtins.len
builtins.len = lambda x: -1
print(len([1, 2]))
builtins.len = saved
print(len([1, 2]), "len" in dir(builtins))
saved_tuple = builtins.tuple
builtins.tuple = lambda it: "replaced"
print(tuple(i for i in range(3)))
builtins.tuple = saved_tuple
print(tuple(i for i in range(3)))
for r in [range(10), range(1, 20, 3), range(10, 0, -2), range(0)]:
    print(r[1:], r[::2], r[1:-1:3], r[::-1], r[-3:], r[5:1:-1], len(r[2:]))
print(range(4)[1::2], range(4)[1:-2:2], range(7, -2, -4)[:], range(2, 9)[100:])
