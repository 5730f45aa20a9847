try:
    import uheapq as heapq
except ImportError:
    import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

for data in [[], [1], [2, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
             list(range(20)), [-x for x in range(15)]]:
    h = list(data)
    heapq.heapify(h)
    print(h)
    print([heapq.heappop(h) for _ in range(len(h))])

# tuples and strings order with <
h = []
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q"), (1, "a")]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(5)])
h = ["pear", "apple", "fig", "banana", "cherry"]
heapq.heapify(h)
print(h, heapq.heappop(h), h)

# big ints and bools mix with ints
h = [2**70, -(2**70), 0, True, False, 2**53]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(6)])

# user classes with __lt__
class P:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

h = []
for i, name in enumerate(["e", "d", "c", "b", "a"]):
    heapq.heappush(h, P((i * 3) % 5, name))
print([heapq.heappop(h).name for _ in range(5)])

# errors
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
for bad in [(1, 2), None, "abc"]:
    for f in [heapq.heapify, heapq.heappop]:
        try:
            f(bad)
        except TypeError:
            print("TypeError")
    try:
        heapq.heappush(bad, 1)
    except TypeError:
        print("TypeError")
h = [1, "a"]
try:
    heapq.heapify(["a", 1])
except TypeError:
    print("TypeError")
try:
    heapq.heappush([1], "x")
except TypeError:
    print("TypeError")
