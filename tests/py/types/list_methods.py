# list methods: append extend insert pop remove index count clear copy reverse; errors
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

l = [5, 3, 8, 1, 3]
print(l.index(3), l.index(3, 2), l.index(3, -2), l.index(8, 0, 3), l.index(1, -10, 100), l.count(3), l.count(99))
err(lambda: l.index(8, 0, 2))
err(lambda: l.index(99))
err(lambda: l.index(5, 1))
err(lambda: l.remove(99))
print(l.pop(), l.pop(0), l.pop(-2), l)
err(lambda: l.pop(10))
err(lambda: l.pop(-10))
err(lambda: [].pop())
err(lambda: l.pop("0"))
l.insert(-100, "first")
l.insert(100, "last")
l.insert(1, "second")
l.insert(-1, "penultimate")
print(l)
l.reverse()
print(l, l.copy() == l, l.copy() is l)
print(l.clear(), l)
for bad in [lambda: [].append(), lambda: [].insert(1), lambda: [].count(), lambda: [].index(), lambda: [].extend(), lambda: [].remove(), lambda: [].extend(5), lambda: [].append(1, 2), lambda: [].insert("a", 1)]:
    err(bad)
m = []
print(m.append(1), m.extend([2, 3]), m.extend((4,)), m.extend("ab"), m.extend(range(2)), m.extend({9: 0}), m)
m.extend(m)
print(m, len(m))
r = [1, [2], "x", (3,), 2 ** 70, True]
print(r.index([2]), r.index("x"), r.index((3,)), r.index(2 ** 70), r.index(1), r.count(1), r.count(True), [2] in r)
r.remove(1)
r.remove([2])
print(r)
print(list("abc"), list((1, 2)), list({1: 2}), list(), list(range(3)), list(x * x for x in range(4)))
err(lambda: list(1))
err(lambda: list([1], [2]))
print(len([1, [2, 3]]), bool([]), bool([0]), [[]] * 2, [None] * 3)
stack = []
for i in range(5):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = list(range(4))
print(queue.pop(0), queue.pop(0), queue)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(9)
shallow.append([4])
print(nested, shallow)
class L(list):
    def total(self):
        return sum(self)
x = L([1, 2])
x.append(3)
print(x.total(), x, type(x).__name__, len(x), x[1:], type(x[1:]).__name__, x == [1, 2, 3])
