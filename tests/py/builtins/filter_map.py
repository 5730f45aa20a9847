# filter() and map(): None as predicate, several iterables, laziness, user functions.
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(abs, [])), list(filter(None, ())))
def noisy(v):
    print("calling", v)
    return v * 10
m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
f = filter(lambda c: c.isupper(), "aBcDeF")
print("".join(f))
print(list(filter(str.isdigit, ["1", "a", "22"])))
print(sum(map(int, "12345")), max(map(len, ["ab", "abcd", "a"])))
print(list(map(lambda *a: a, "ab", "cd", "ef")))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    list(map(None, [1]))
except TypeError:
    print("TypeError map None")
try:
    map(str, 5)
except TypeError:
    print("TypeError not iterable")
