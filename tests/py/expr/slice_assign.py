# Slice assignment and deletion with step 1: growing, shrinking, inserting, clearing.
l = list(range(6))
l[1:3] = ["a", "b", "c", "d"]
print(l)
l[2:6] = []
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [99]
print(l)
l[-1:] = "xy"
print(l)
l[3:1] = ["between"]
print(l)
l[:] = (7, 8)
print(l)
l[10:20] = [9]
print(l)
l[-100:1] = [6]
print(l)
m = list(range(10))
del m[2:5]
print(m)
del m[-2:]
print(m)
del m[5:2]
print(m)
del m[:]
print(m)
n = [1, 2, 3]
alias = n
n[:] = [4, 5]
print(alias, alias is n)
ba = bytearray(b"hello")
ba[1:3] = b"EY"
print(ba)
ba[0:1] = b""
print(ba)
del ba[-1:]
print(ba)
