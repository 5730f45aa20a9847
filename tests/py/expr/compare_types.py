# Comparisons between and across types: sequences lexicographically, mixed-type ordering errors.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print((1, 2) < (1, 2, 0), (1, "b") < (1, "c"), () == (), (1,) == (1,))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "a" * 3 == "aaa")
print(b"abc" < b"abd", b"a" == b"a", bytearray(b"a") == b"a")
print(1 == True, 0 == False, 2 == True, 1 < True + 1)
print([1, 2] == (1, 2), "1" == 1, None == 0, [] == [], {} == {})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1, 2} == {2, 1})
print(b"a" == "a")
for a, b in [(1, "a"), ("a", 1), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        print(a < b)
    except TypeError:
        print("TypeError", type(a).__name__, type(b).__name__)
print(10 ** 20 > 10 ** 19, -(10 ** 20) < 5, 10 ** 20 == 10 ** 20, 2 ** 64 != 2 ** 64 + 1)
print([[1, 2], [1]] < [[1, 2], [2]], max([1, 2], [1, 1, 5]))
print(1 != 1, 1 != 2, "x" != "x")
