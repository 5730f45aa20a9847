# try/except inside loops with break/continue, and exceptions escaping from nested loops.
def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise StopIteration
    except StopIteration:
        return r, c
    return None
print(search([[1, 2], [3, 4]], 3))
print(search([[1, 2], [3, 4]], 9))
results = []
for x in [1, 0, 2, "a", 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("div0")
        continue
    except TypeError:
        results.append("type")
        break
    finally:
        results.append("f")
print(results)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("finally", n)
print("n", n)
