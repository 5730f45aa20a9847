# Integer loop benchmark: tight while/for loops doing small-integer arithmetic
# (addition, subtraction, multiplication, floor division, modulo, xor, and,
# or, shifts, comparisons) with values that stay mostly below 2**31 (only the
# intermediate product in while_loop reaches about 2**39).  Prints checksums.
# Optional argument: the number of iterations.

import sys

N = 800000


def mix_loop(n):
    """16-bit linear congruential generator plus bit mixing (all < 2**31)."""
    s = 0
    x = 12345
    acc = 0
    for i in range(n):
        x = (x * 25173 + 13849) % 65536
        y = x >> 3
        acc ^= y << (i & 7)
        acc = ((acc << 1) | (acc >> 20)) & 0x1FFFFF
        s += (y % 1000) - (i & 511)
        if y & 1:
            s -= i // 3
        else:
            s += i % 7
        s %= 1000000007
    return s, acc, x


def while_loop(n):
    """A plain while loop with a counter, sum, and running product modulo."""
    i = 0
    total = 0
    prod = 1
    odd = 0
    while i < n:
        total = (total + i * i % 65521) & 0x3FFFFFFF
        prod = prod * (i | 1) % 1000003
        if i % 2:
            odd += 1
        i += 1
    return total, prod, odd


def collatz_steps(limit):
    """Total number of Collatz steps for all starting values below limit."""
    total = 0
    longest = 0
    longest_start = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
            longest_start = start
    return total, longest, longest_start


def gcd_sum(n):
    """Sum of gcd(a, b) for a small grid, using Euclid's algorithm."""
    total = 0
    for a in range(1, n):
        for b in range(1, n):
            x = a
            y = b
            while y:
                x, y = y, x % y
            total += x
    return total


def main():
    n = N
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    print("mix", mix_loop(n))
    print("while", while_loop(n))
    print("collatz", collatz_steps(n // 20))
    print("gcd", gcd_sum(n // 2000))


main()
