# pow() with two and three arguments: big results, negative bases, modular exponentiation.
print(pow(2, 10), pow(-2, 3), pow(0, 0), pow(1, 10 ** 6), pow(10, 30))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(3, 3, 7), pow(7, 0, 13), pow(5, 2, 1))
print(pow(123456789, 987654321, 10 ** 9 + 7), pow(2 ** 70, 3, 2 ** 61 - 1))
print(pow(2, 1000, 10 ** 20), pow(3, 2 ** 10, 1000))
for base in range(1, 6):
    print(base, [pow(base, e, 7) for e in range(6)])
print(pow(True, 2), pow(2, True), 2 ** 3 == pow(2, 3))
try:
    pow("2", 3)
except TypeError:
    print("TypeError")
try:
    pow(2, "3", 5)
except TypeError:
    print("TypeError 3-arg")
class P:
    def __pow__(self, e):
        return "P**%d" % e
print(pow(P(), 5))
