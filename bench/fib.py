# Recursive Fibonacci benchmark: measures function-call overhead (calls,
# comparisons, small-int additions) by computing fib(N) REPEAT times.
# Optional arguments: n, repeat.

import sys

N = 30
REPEAT = 7


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = N
    repeat = REPEAT
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    if len(sys.argv) > 2:
        repeat = int(sys.argv[2])
    total = 0
    for i in range(repeat):
        total += fib(n - (i % 2))
    print("fib(%d) = %d" % (n, fib(n)))
    print("repeat", repeat, "total", total)


main()
