# Extended slice (step != 1) assignment and deletion on lists.
l = list(range(10))
l[::2] = ["a", "b", "c", "d", "e"]
print(l)
l[1::3] = [0, 0, 0]
print(l)
l[::-1] = list(range(10))
print(l)
try:
    l[::2] = [1, 2]
except ValueError:
    print("ValueError: size mismatch")
m = list(range(10))
del m[::3]
print(m)
del m[::-2]
print(m)
n = list(range(6))
del n[4:0:-2]
print(n)
