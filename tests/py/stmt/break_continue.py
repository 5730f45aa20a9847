# break and continue in nested loops affect only the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j == 2:
            break
        if j == 0:
            continue
        print(i, j)
    if i == 3:
        break
    print("end outer", i)
out = []
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    out.append(i)
print(out)
for i in range(3):
    while True:
        break
    else:
        print("never")
    print("after while", i)
