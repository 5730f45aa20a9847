# range objects: lengths, indexing, slicing (positive and negative steps), membership, reversal.
r = range(10)
print(list(r), len(r), r[0], r[-1], r[5], 3 in r, 10 in r, -1 in r)
print(list(range(3, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-5, 5, 4)), list(range(-1, -10, -2)), len(range(0, 10, 3)), len(range(10, 0, -3)))
print(list(r[2:5]), list(r[::2]), list(r[::-1]), list(r[8:2:-2]), list(r[-3:]), list(r[:-7]))
s = range(1, 20, 3)
print(list(s), list(s[1:4]), list(s[::-1]), list(s[::2]), list(s[-2:]), s[2], s[-1])
n = range(20, 0, -4)
print(list(n), list(n[1:]), list(n[::-1]), list(n[::-2]), n[0], n[-1], 8 in n, 9 in n)
print(list(range(0)[::-1]), list(range(3)[5:]), list(range(3)[::-5]))
print(repr(range(3)), repr(range(1, 5)), repr(range(0, 10, 2)))
print(list(reversed(range(4))), list(reversed(range(1, 10, 4))), sum(range(101)))
print(range(0, 30, 5)[3], range(0, 30, 5)[-2])
try:
    r[10]
except IndexError:
    print("IndexError")
try:
    range(1, 10, 0)
except ValueError:
    print("ValueError step 0")
try:
    range("3")
except TypeError:
    print("TypeError")
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
big = range(0, 2 ** 20, 7)
print(len(big), big[1000], big[-1])
print(type(range(1)).__name__, bool(range(0)), bool(range(1)))
