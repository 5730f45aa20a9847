# max() and min(): several arguments or one iterable, key functions, default, ties, errors.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min((4, 9, 2)), max("hello"), min("hello"))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max("a", "bbb", "cc", key=len))
print(max([], default="none"), min([], default=0), max([7], default=1))
print(max([3, 1, 3], key=lambda v: 0), max([(1, "b"), (1, "a"), (0, "z")]))
words = ["pear", "fig", "apple", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(x * x for x in range(-4, 3)), min(range(5, 10)))
print(max(2 ** 70, 5), min(-(2 ** 70), 3), max(True, 0), min(False, -1))
print(max({3: "a", 7: "b"}), min({"x", "y"}))
for bad in [lambda: max([]), lambda: min(())]:
    try:
        bad()
    except ValueError:
        print("ValueError empty")
for bad in [lambda: max(), lambda: max(1), lambda: min(1, "a")]:
    try:
        bad()
    except TypeError:
        print("TypeError")
