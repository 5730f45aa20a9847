# A finished generator reports its return value once; later yield-froms and nexts see None /
# plain StopIteration. Dict views: keys/items unhashable, values hashable.
def returns_seven():
    return 7
    yield


g = returns_seven()


def drain():
    first = yield from g
    second = yield from g
    third = yield from zip()
    return first, second, third


d = drain()
try:
    next(d)
except StopIteration as e:
    print("drain returned", e.value)
h = returns_seven()
for attempt in range(3):
    try:
        next(h)
    except StopIteration as e:
        print("attempt", attempt, e.value if e.args else "no value")
views = {1: "a"}
for v in (views.keys(), views.items(), views.values()):
    try:
        print(type(hash(v)).__name__)
    except TypeError:
        print("TypeError")
