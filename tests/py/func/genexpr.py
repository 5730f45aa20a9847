# Generator expressions are lazy, single-pass, and can be passed as sole call arguments.
log = []
def src():
    for i in range(4):
        log.append(i)
        yield i
ge = (x * 10 for x in src())
print(log)
print(next(ge), log)
print(list(ge), log)
print(list(ge))
print(sum(x for x in range(10) if x % 3 == 0))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((-x for x in [3, 1, 2])))
print(list((a, b) for a in range(3) for b in range(a)))
print(type(x for x in []).__name__)
g = (c.upper() for c in "hey")
print("".join(g))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 0]))
nested = list(list(j for j in range(i)) for i in range(4))
print(nested)
