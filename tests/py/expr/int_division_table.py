# Exhaustive small table of //, %, divmod for signs, checking the invariant a == b*q + r.
out = []
for a in range(-7, 8):
    row = []
    for b in [-3, -2, -1, 1, 2, 3]:
        q, r = divmod(a, b)
        assert q * b + r == a
        assert (r == 0) or ((r > 0) == (b > 0))
        row.append("%d,%d" % (q, r))
    out.append(" ".join(row))
for line in out:
    print(line)
print(-7 // -1, 7 // -7, -1 // 2, 1 // -2)
