# list operators: + * += *= (incl. negative counts), comparisons, identity of in-place ops
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

print([1, 2] + [3], [] + [], [1, 2] * 2, 2 * [1, 2], [1] * 0, [1] * -5, [] * 100, [0] * True, [0] * False)
err(lambda: [1] * "a")
err(lambda: [1] + (2,))
err(lambda: [1] + "a")
err(lambda: [1] * [2])
err(lambda: [1] * (2 ** 100))
err(lambda: [1] - [1])
d = [1, 2]
e = d
d += [3]
print(d is e, d)
d *= 2
print(d is e, d)
d *= -1
print(d is e, d)
e += (4, 5)
e += "ab"
e += range(2)
e += {7: 0}
print(e)
def iadd_int():
    x = [1]
    x += 5
err(iadd_int)
f = [1]
f += f
f *= 2
print(f)
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] < [0], [1, 2] == [1, 2], [1, 2] != [1, 2], [[1]] < [[2]], [1] <= [1], [2] >= [1, 5])
print([1] == (1,), [1, "a"] == [1, "a"], [] == [], [1] < [1, 0], ["b"] > ["a", "z"], [2 ** 70] > [2 ** 69], [True] == [1])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]), sorted([[3], [1, 2], [1]]))
err(lambda: [1] < [None])
err(lambda: [1] < (1,))
err(lambda: [1] < 1)
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
alias = [[0] * 3] * 2
alias[0][0] = 1
print(grid, alias)
print(len([None] * 1000), [1, 2, 3] * 0 == [], ([1] * 3).count(1), [x for x in [1, 2] * 2])
a = [3]
b = a
a = a + [4]
print(a, b, a is b)
print(bool([] + []), [1] + [] == [1], [[]] + [[]], list(range(3)) + list("ab"))
