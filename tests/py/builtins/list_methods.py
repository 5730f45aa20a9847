# list methods: append/extend/insert/pop/remove/index/count/reverse/sort/copy/clear, with edge cases.
l = []
l.append(1)
l.append([2])
l.extend((3, 4))
l.extend("ab")
l.extend(range(2))
print(l, len(l))
l.insert(0, "first")
l.insert(-1, "before last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(2), l.pop(-2), l)
l.remove("a")
print(l, l.index(3), l.index(4, 2), l.count(1), l.count("zz"))
try:
    l.remove("zz")
except ValueError:
    print("ValueError remove")
try:
    l.index(3, 5)
except ValueError:
    print("ValueError index range")
c = l.copy()
c.append("only in copy")
print(len(l), len(c), c is l, c[:-1] == l)
m = [3, 1, 2]
print(m.reverse(), m, m.sort(), m)
nums = [5, -6, 3, -1]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
m.clear()
print(m, [1, 2, 1, 1].count(1), [[1], [1]].count([1]))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [].index(0)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
x = [1, 2, 3]
x.extend(x)
print(x)
y = [0]
y += y
y *= 2
print(y, list.__name__, type([]) is list)
