# Augmented assignment on names, attributes and subscripts; in-place for lists, rebinding for tuples.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x %= 3; x **= 3; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
l = [1]
alias = l
l += [2, 3]
l *= 2
print(l, alias is l)
l += "ab"
print(l)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = "ab"
s += "cd"
s *= 2
print(s)
class O:
    pass
o = O()
o.n = 1
o.n += 41
o.lst = []
o.lst += [1]
print(o.n, o.lst)
d = {"k": 1}
d["k"] += 1
d["k"] *= 10
print(d)
m = [[1, 2], [3, 4]]
m[1][0] += 100
m[0] += [9]
print(m)
b = b"x"
b += b"y"
print(b)
ba = bytearray(b"a")
baa = ba
ba += b"bc"
print(ba, baa is ba)
try:
    d["missing"] += 1
except KeyError:
    print("KeyError")
