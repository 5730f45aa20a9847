# Each generator object keeps independent local state; generators as iterators in builtins.
def counter(start):
    while True:
        yield start
        start += 1
a = counter(10)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
def gen_letters():
    for c in "xyz":
        yield c
print(list(zip(gen_letters(), counter(0))))
print(list(enumerate(gen_letters())))
print(dict(zip(gen_letters(), counter(1))))
print("-".join(gen_letters()))
print(sorted(gen_letters(), reverse=True))
def gen_pairs():
    yield 1, 2
    yield 3, 4
for p, q in gen_pairs():
    print(p + q)
x, y = gen_pairs()
print(x, y)
def local_state():
    seen = []
    for i in range(3):
        seen.append(i)
        yield list(seen)
print(list(local_state()))
print(3 in counter(0))
