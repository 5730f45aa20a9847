# bool is an int subclass: arithmetic, bitwise results, hashing, dict/set keys mixing with ints
print(True + 1, True * 3, False - 1, True // 1, True % 2, True << 3, -True, ~True, ~False, +True, abs(False), True ** 5)
print(True & 3, True | 2, True ^ True, True & True, True | False, True ^ False, False & False, False | False)
print(type(True & True).__name__, type(True & 1).__name__, type(True + False).__name__, type(-True).__name__, type(True | 0).__name__)
a = True
b = False
print(a & b, a | b, a ^ b, a ^ a, type(a ^ b).__name__, a + a, a * b, a - a)
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool), type(True).__name__, bool.__name__)
print(True == 1, False == 0, True != 2, 1 in [True], True in {1}, 0 in {False: 1}, [True, False] == [1, 0], (True,) == (1,))
print(hash(True), hash(False), hash(0), hash(5), hash(True) == hash(1), hash(2 ** 70) == hash(2 ** 70))
print({1: "a", True: "b"}, {True: "a", 1: "b"}, {0: 1, False: 2}, {1, True, 1}, {False, 0}, len({0, False, 1, True}))
d = {}
d[True] = "t"
d[1] = "one"
d[False] = "f"
print(d, d[1], d[True], d[0], 1 in d, True in d)
print(sum([True, True, True]), max(True, 0), min(False, 1), sorted([True, 0, -1, False, 2]), [1, 2, 3][True])
print(True < 2, False < True, True > 0, True >= True, 2 ** True, 10 // True, divmod(True, 1))
print(int(True), int(False), bool(1), bool(0), bool(-1), bool(2 ** 70), bool(""), bool(" "), bool([]), bool(()), bool(None), bool())
print(str(True), repr(False), "%s" % True, "{}".format(False), str(True + 0), [True][0])
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
err(lambda: bool(1, 2))
err(lambda: True / 0 if False else True // 0)
err(lambda: True % False)
err(lambda: True + "a")
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)), bool(L()), not L(), bool(B), "yes" if B(True) else "no")
err(lambda: bool(B(1)))
print([x for x in range(5) if x % 2 == True], sum(x > 2 for x in range(6)), (3 > 2) + (2 > 1), (1 == 1) * 10)
