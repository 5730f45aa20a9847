# list.sort / sorted (key=, reverse=, stability) and min/max/sum with key= and default=
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 0, 1: 0}), sorted(range(5), reverse=True), sorted([], key=len))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted([[2], [1, 5], [1]]), sorted([2 ** 70, -1, 2 ** 69, 0]))
err(lambda: sorted([1, "a"]))
err(lambda: sorted())
err(lambda: sorted(5))
err(lambda: sorted([1], lambda x: x))
err(lambda: sorted([1], bogus=1))
l = [5, 1, 4]
print(l.sort(key=lambda x: -x), l)
words = ["apple", "Bob", "cat", "Dog", "egg", "Fig"]
words.sort(key=str.lower)
print(words)
words.sort(reverse=True)
print(words)
pairs = [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (0, "e")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
print(sorted(pairs, key=lambda p: p[1] > "b"), sorted([3, 1, 2], key=None), sorted([1, 2, 3], reverse=False))
err(lambda: [1, 2].sort(lambda x: x))
err(lambda: [3, "a"].sort())
err(lambda: [].sort(bogus=1))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], sorted(big, key=lambda x: x % 3)[:6])
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
print(min(3, 1, 2), max(3, 1, 2), min([5, 2, 8]), max("hello"), min([], default=9), max([], default=None), min((x for x in [4, 2]), default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max(1, 2, key=lambda x: -x), max([1, 3, 3], key=lambda x: 0))
print(max([(1, 2), (1, 3)]), min([[1, 2], [0, 9]]), max({1: 2, 3: 4}), min(range(5, 10)), max(True, 2), min(False, 0), max([7], default=1))
print(max(["b", "a", "B"], key=str.lower), min(["b", "a", "A"], key=str.lower), max(2 ** 70, 5), min(-2 ** 70, 3))
err(lambda: max([]))
err(lambda: min())
err(lambda: max(1))
err(lambda: max(1, "a"))
err(lambda: min([], key=len))
print(sum([1, 2, 3]), sum([], 10), sum(range(100), -50), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([True, True, 5]), sum([2 ** 64, 2 ** 64]))
err(lambda: sum(["a", "b"], ""))
err(lambda: sum([1, "a"]))
err(lambda: sum(5))
s = [3, 1, 2]
t = sorted(s)
print(s, t, t is s, sorted(s) == sorted(s, reverse=True)[::-1])
