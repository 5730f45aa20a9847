# sum() of ints, big ints, with a start value, over generators and lists; errors for strings.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum((10, -10)), sum([1, 2], 100))
print(sum(x * x for x in range(10)), sum([2 ** 64, 2 ** 64]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum({1: "a", 2: "b"}), sum({5, 6}), sum(range(0, -10, -1)))
print(sum([1, 2, 3], -6), sum(iter([7, 8])), sum(map(int, "999")))
try:
    sum(["a", "b"])
except TypeError:
    print("TypeError str items")
try:
    sum(5)
except TypeError:
    print("TypeError not iterable")
try:
    sum([1, "x"])
except TypeError:
    print("TypeError mixed")
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))
    def __radd__(self, other):
        return self.__add__(other)
print(sum([Money(5), Money(7)]).c, sum([Money(1)], Money(100)).c)
