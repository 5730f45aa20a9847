# Builtin constructors without keyword parameters refuse keyword arguments.
tries = [
    lambda: range(end=1),
    lambda: range(0, **{"stop": 1}),
    lambda: range(0, 3, step=1),
    lambda: list(iterable=[1]),
    lambda: tuple(x=1),
    lambda: zip([1], y=[2]),
    lambda: map(abs, [1], z=2),
]
for t in tries:
    try:
        print(t())
    except TypeError:
        print("TypeError")
for x in range(*(1, 3)):
    print(x)
try:
    for x in range(0, end=2):
        print(x)
except TypeError:
    print("TypeError")
print(dict([(1, 2)], a=3) == {1: 2, "a": 3}, sorted(set(range(3))))
