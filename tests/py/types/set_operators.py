# set/frozenset operators: | & - ^ (and in-place), comparisons, mixing set and frozenset
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, b - a, sorted(a ^ b), a | set(), a & set(), set() - a)
f = frozenset([2, 3, 4])
print(a | f, a & f, a - f, f - a, f | a, f & a, sorted(f ^ a))
print(type(a | f).__name__, type(f | a).__name__, type(f & a).__name__, type(f - a).__name__, type(f ^ a).__name__)
for op in [lambda: a | [1], lambda: a & (1,), lambda: a - "x", lambda: a ^ range(2), lambda: [1] | a, lambda: a + a, lambda: a * 2]:
    err(op)
print(a == {3, 2, 1}, a != {1, 2}, a == [1, 2, 3], a == frozenset([1, 2, 3]), frozenset([1, 2, 3]) == a, a != f)
print({1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1} < {1, 2}, {1, 3} < {1, 2}, {1, 2} > {1}, {1, 2} >= {3}, set() < {0}, set() <= set())
print(frozenset([1]) < {1, 2}, {1, 2} > frozenset([2]), frozenset() >= frozenset(), frozenset([1]) <= frozenset([2]))
err(lambda: a < [1])
err(lambda: a <= 3)
err(lambda: a > (1,))
print(2 in a, 9 in a, 2 not in a, [] in [a], {1, 2} in {frozenset([1, 2])}, frozenset([3]) in {frozenset([3])})
err(lambda: [] in a)
y = {1, 2}
z = y
y |= {3}
print(y is z, y)
y &= frozenset({2, 3, 4})
print(y is z, y)
y -= {2}
print(y is z, y)
y ^= {3, 5}
print(y is z, y)
y |= y
print(y)
y -= y
print(y, y is z)
def bad_ior():
    q = {1}
    q |= [2]
err(bad_ior)
fz = frozenset([1])
fz2 = fz
fz |= {2}
print(fz is fz2, fz, fz2)
fz -= {1}
print(fz, type(fz).__name__)
print({1, True, 1}, {0, False}, {-1, -2, -1}, {(1, 2), (1, 2)}, {"a"} | {"a"})
print(sorted({(1, 2), (2, 1)} | {(1, 2)}), len({1, 2} ^ {2, 3} ^ {3, 4}))
print({x % 3 for x in range(10)} == {0, 1, 2}, {1, 2, 3} - {2} - {3}, ({1, 2} | {3}) & {1, 3})
big = set(range(0, 100, 3)) & set(range(0, 100, 5))
print(sorted(big), len(set(range(50)) - set(range(10, 50))))
