# The in operator uses __contains__, else falls back to iteration (__iter__ or __getitem__).
class WithContains:
    def __contains__(self, x):
        return x == "magic"
class WithIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print("magic" in WithContains(), "other" in WithContains(), "magic" not in WithContains())
print(2 in WithIter())
print(5 in WithIter())
print(16 in WithGetitem(), 5 in WithGetitem())
class Truthy:
    def __contains__(self, x):
        return 1
print(bool(0 in Truthy()), 0 not in Truthy())
class Neither:
    pass
try:
    1 in Neither()
except TypeError:
    print("TypeError")
