# Chained comparisons evaluate middle operands once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3))
print(v(5) < v(2) < v(3))
print(1 < 2 > 0, 1 < 2 == 2, 2 >= 2 <= 3)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print("a" < "b" < "c", [1] < [2] < [3])
n = None
print(1 in [1, 2] in [[1, 2]], n is None is not False)
a = [1]
b = a
print(a is b is a, a == b == [1])
print((1 < 2) < 3, (3 < 2) == False)
