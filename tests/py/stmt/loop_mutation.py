# Mutating a list while iterating over it, and loops over ranges with steps.
lst = [1, 2, 3]
for x in lst:
    if x < 5:
        lst.append(x + 10)
print(lst)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
print(list(range(10, 0, -3)))
print(list(range(0, -10, -4)))
print(list(range(5, 5)), list(range(5, 0)))
total = 0
for i in range(-5, 5, 2):
    total += i
print(total)
for i in range(3):
    i = 100
print("i after reassign in loop:", i)
r = range(3)
for a in r:
    for b in r:
        if a == b:
            print(a, end=" ")
print()
