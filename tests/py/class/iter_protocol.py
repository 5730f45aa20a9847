# Iterator protocol: __iter__ and __next__, StopIteration ending loops, iter()/next() builtins.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration:
    print("StopIteration")
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), [x * x for x in r])
print(sorted(Countdown(4)), max(Countdown(5)), tuple(Countdown(2)))
a, b = Countdown(2)
print(a, b)
print(dict(zip(Range2(3), Countdown(3))))
it = iter(Range2(2))
print(next(it), next(it))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError:
    print("TypeError: not iterable")
try:
    for x in 5:
        pass
except TypeError:
    print("TypeError: int not iterable")
