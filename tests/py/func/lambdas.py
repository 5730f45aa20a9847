# lambda expressions: defaults, closures, nesting, in data structures, immediate calls.
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
make = lambda n: lambda x: x + n
print(make(5)(10))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x % 3, range(7))))
cond = lambda x: "even" if x % 2 == 0 else "odd"
print(cond(2), cond(3))
print((lambda x, y: x if x > y else y)(3, 8))
fs = [lambda x, i=i: x * i for i in range(4)]
print([f(2) for f in fs])
print(type(sq).__name__)
