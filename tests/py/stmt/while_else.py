# while loops with else: else runs only when the loop ends without break.
i = 0
while i < 3:
    print("i", i)
    i += 1
else:
    print("else after normal end", i)
i = 0
while i < 10:
    if i == 2:
        print("break at", i)
        break
    i += 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else on zero iterations")
n = 10
while n:
    n -= 3
    if n < 0:
        break
print("n", n)
def find(lst, x):
    i = 0
    while i < len(lst):
        if lst[i] == x:
            return i
        i += 1
    else:
        return -1
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
