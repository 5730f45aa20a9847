# expect: hand-written (python3 gives these lines except the last, where CPython computes 10 ** (2 ** 70))
# round() of ints to negative digits, including far more digits than the number has
for v in [0, 5, 15, 25, -15, -25, 1234, -1250, 2 ** 70, -(2 ** 70)]:
    for d in [None, 0, 1, -1, -2, -3, -22, -23, -100]:
        print(v, d, round(v, d) if d is not None else round(v))
# CPython would compute 10 ** (2 ** 70) here; the result can only be 0
print(round(12345, -(2 ** 70)) == 0)
