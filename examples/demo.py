# A tour of the virtual WiPy: plain Python 3.4 as MicroPython 1.8 runs it, no floats.
import sys

print("Hello from", sys.platform, sys.implementation.name, sys.version)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def top(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter()
for w in "the wipy runs the code the board runs".split():
    c.add(w)
print("fib(90) =", fib(90))
print("2**100 =", 2 ** 100)
print("top words:", c.top(2))
try:
    print(4 / 2)
except TypeError as e:
    print("no floats on the WiPy:", type(e).__name__)
