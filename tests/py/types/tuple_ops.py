# tuple: count index + * comparisons hashing slicing immutability
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1), t[::2], t[::-1], t[1:-1], t[5:], t[-100:100])
err(lambda: t.index(9))
err(lambda: t.index(3, 0, 2))
err(lambda: t[5])
err(lambda: t[::0])
err(lambda: t.count())
err(lambda: t + [1])
err(lambda: t * "x")
err(lambda: t * 2 ** 100)
print(t + (4,), (1,) * 3, 3 * (1, 2), (1,) * -1, () * 5, t * 0, () + (), t[True])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1], (1, (2, 3)) < (1, (2, 4)), () < (0,), (1, 2) >= (1, 2), (1, 3) <= (1, 2))
err(lambda: (1,) < ("a",))
err(lambda: (1,) < [1])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, 2)) == hash((True, 2)), hash((2 ** 70,)) == hash((2 ** 70,)))
err(lambda: hash((1, [2])))
print({(1, 2): "a"}[(1, 2)], {(1, (2,)): 1}[(1, (2,))], (1, 2) in {(1, 2)}, {(): 0}[()], {("a", 1): 0}.get(("a", True)))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), (1,), repr((1,)), repr(()), ((),), (1, (2, (3,))))
err(lambda: tuple(1))
err(lambda: tuple([1], [2]))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
x *= 2
print(x)
def assign():
    q = (1, 2)
    q[0] = 5
err(assign)
def delete():
    q = (1, 2)
    del q[0]
err(delete)
err(lambda: (1,).append(2))
print(len(t), 2 in t, 9 in t, 9 not in t, bool(()), bool((0,)), t == tuple(list(t)))
a, *b = (1, 2, 3)
c, d = (4, 5)
print(a, b, c, d, tuple(x for x in range(4)), sorted((3, 1, 2)), max((1, 5, 2)), min((4, 2)), sum((1, 2, 3)))
inner = [1]
holder = (inner, 2)
inner.append(3)
print(holder, holder[0] is inner)
err(lambda: hash(holder))
print(tuple(t) is t, t[:] == t, type(t[1:]).__name__, (1, 2, 3)[-1:-4:-1], list(reversed((1, 2, 3))))
class P(tuple):
    def first(self):
        return self[0]
p = P([7, 8])
print(p, p.first(), len(p), p == (7, 8), type(p).__name__, isinstance(p, tuple), hash(p) == hash((7, 8)))
