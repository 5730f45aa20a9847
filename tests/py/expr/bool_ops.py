# bool is an int subclass: arithmetic, comparisons, conversion and printing.
print(True + True, True * 10, False - True, -True, True // 1, True % 2, 10 - True)
print(int(True), int(False), str(True), repr(False), bool(2), bool(-1), bool(0))
print(isinstance(True, int), isinstance(1, bool), type(True).__name__, issubclass(bool, int))
print(True == 1, False == 0, True is True, True > False, sum([True, True, False]))
print([1, 2, 3][True], "ab"[False])
d = {1: "one"}
d[True] = "true"
print(d)
print(bool(""), bool("x"), bool([]), bool([[]]), bool(None), bool(()), bool({}))
print(True ** 2, 2 ** True, True << 2, ~True, ~False)
print(max(True, 2), min(False, -1), hash(True) == hash(1))
print(bool(), bool(0) is False, not True)
