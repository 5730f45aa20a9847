# enumerate() with start values and zip() with unequal lengths, many and zero iterables.
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("ab", -2)), list(enumerate([], 5)))
print(list(enumerate(["x", "y"], start=10)))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
e = enumerate(range(100, 103))
print(next(e), next(e), list(e))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip("abc", range(3))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
def gen():
    for i in range(5):
        print("gen", i)
        yield i
print(list(zip(gen(), "xy")))
z = zip("ab", "cd")
print(iter(z) is z, next(z), list(z), list(z))
print(type(enumerate([])).__name__, type(zip()).__name__)
try:
    zip(1, [2])
except TypeError:
    print("TypeError zip")
try:
    enumerate(None)
except TypeError:
    print("TypeError enumerate")
