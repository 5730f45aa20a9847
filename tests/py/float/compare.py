# Comparisons between floats and ints (exact, including big ints), hashing, dict and set keys.
print(1 == 1.0, 1.0 == True, 0 == -0.0, 1 == 1.0 == True, 2 != 2.0, 1.5 == 1, 0.1 + 0.2 == 0.3)
print(3 < 3.5, 3.5 < 3, -1 <= -1.0, 2 > 1.999, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
big = 2 ** 200
print(big == float(big), big + 1 == float(big), big + 1 > float(big), big - 1 < float(big), float(big) < big + 1)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(2 ** 60 + 0.5 == 2 ** 60, 1.5 > 1, 1.5 < 2, -1.5 < -1, -1.5 > -2, 2 ** 64 + 1 > 2.0 ** 64)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, 1 < nan, nan == 1, big == nan, nan < big)
l = [nan]
print(nan in l, l == l, l.count(nan), nan is nan)
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0) == hash(0), hash(2.0 ** 80) == hash(2 ** 80), hash(-5.0) == hash(-5))
d = {1: "one", 2.5: "two and a half", -0.0: "zero"}
print(d[1.0], d[True], d[2.5], d[0], len(d))
d[1.0] = "uno"
d[0] = "cero"
print(sorted(d.items()))
s = {1.0, 1, True, 2.0, 2, 0.5, -0.0, 0.0}
print(len(s), 2 in s, 0 in s, -0.0 in s, 1.5 in s, sorted({-0.0, 2.0, 0.5, 1.0}))
print(1.5 in {1.5: 0}, 3 in {3.0}, 3.0 in [1, 2, 3], [1.0, 2.0] == [1, 2], (1, 2.5) < (1, 3))
print(max([1, 2.0, 2]), min([2.0, 1, 1.0]), sorted([2, 1.0, 1, 2.0]), sorted([0.5, -1, float("inf"), 3, -float("inf")]))
print(isinstance(1.5, float), isinstance(1, float), type(1.5) is float, float.__name__, issubclass(float, object))
