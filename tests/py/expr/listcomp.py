# List comprehensions: filters, nested loops, nested comprehensions, and expressions with calls.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x, 3)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([c for word in ["ab", "cd"] for c in word])
print([x if x % 2 else -x for x in range(5)])
print([len(s) for s in "a bb ccc".split()])
print([i for i in []])
print([(i, j) for i in range(3) if i for j in "ab" if j != "a"])
words = ["apple", "bob", "kayak", "xyz"]
print([w for w in words if w == w[::-1]])
print([[] for _ in range(3)])
print(sum([x for x in range(101)]))
