# all() and any(): empty iterables, short-circuiting, truthiness of items, generators.
print(all([]), any([]), all(()), any(""), all(""))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None, []]))
print(all("abc"), any([[], [0]]), all([[], [0]]))
seen = []
def items(values):
    for v in values:
        seen.append(v)
        yield v
print(all(items([1, 1, 0, 1, 1])), seen)
seen.clear()
print(any(items([0, 0, 2, 0])), seen)
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(4)))
print(all({1: "a", 0: "b"}), any({0: "a"}), all({1, 2}), any(set()))
print(all(range(1, 10)), all(range(0, 10)), any(range(0)))
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(all([Flag(True), Flag(True)]), any([Flag(False)]), all([Flag(True), Flag(False)]))
try:
    all(5)
except TypeError:
    print("TypeError")
try:
    any(None)
except TypeError:
    print("TypeError")
