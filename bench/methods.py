# Method-call benchmark: instance attribute access, getter/setter methods, a
# property, methods calling other methods, a subclass overriding methods and
# calling the base implementation with super(), class attributes, and bound
# methods stored in variables.  Prints checksums.
# Optional argument: the number of iterations.

import sys

LOOPS = 240000


class Counter:
    step = 1

    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.calls = 0

    def get_value(self):
        return self.value

    def set_value(self, value):
        self.value = value

    def bump(self, amount):
        self.calls += 1
        self.set_value(self.get_value() + amount * self.step)
        return self.value

    def weight(self):
        return self.value % 97

    def score(self):
        return self.weight() + self.calls

    @property
    def doubled(self):
        return self.value * 2


class LimitedCounter(Counter):
    step = 3

    def __init__(self, name, value, limit):
        super().__init__(name, value)
        self.limit = limit
        self.wraps = 0

    def set_value(self, value):
        if value >= self.limit:
            value -= self.limit
            self.wraps += 1
        super().set_value(value)

    def weight(self):
        return super().weight() * 2 + self.wraps


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Point(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def manhattan(self):
        return abs(self.x) + abs(self.y)


def run(loops):
    a = Counter("a", 0)
    b = LimitedCounter("b", 5, 1000)
    counters = [a, b, LimitedCounter("c", 7, 77), Counter("d", 11)]
    total = 0
    for i in range(loops):
        for c in counters:
            c.bump(i & 15)
            total += c.score()
        total += b.doubled - a.doubled % 10
        total %= 1000000007
    bump = a.bump
    for i in range(loops):
        bump(1)
    p = Point(1, 2)
    q = Point(3, -1)
    acc = 0
    for i in range(loops):
        r = p.add(q).scale(i % 5 - 2)
        acc += r.dot(q) + r.manhattan()
        p = Point(q.y, r.x % 100)
    wraps = [c.wraps for c in counters if isinstance(c, LimitedCounter)]
    state = [(c.name, c.value, c.calls, c.score()) for c in counters]
    return total, acc, state, wraps


def main():
    loops = LOOPS
    if len(sys.argv) > 1:
        loops = int(sys.argv[1])
    total, acc, state, wraps = run(loops)
    print("total", total)
    print("points", acc)
    for entry in state:
        print(entry)
    print("wraps", wraps)


main()
