# for loops with else, iterating over various iterables, loop variable after the loop.
for i in range(3):
    pass
else:
    print("done", i)
for c in "abc":
    if c == "b":
        break
else:
    print("not printed")
print("c is", c)
for x in []:
    print("never")
else:
    print("empty else")
for k in {"a": 1, "b": 2}:
    print("key", k)
for b in b"hi":
    print("byte", b)
for t in (1, 2):
    print("tuple item", t)
def primes(n):
    out = []
    for p in range(2, n):
        for d in range(2, p):
            if p % d == 0:
                break
        else:
            out.append(p)
    return out
print(primes(30))
