# Big-integer benchmark: factorial of 1000 and its digit sum, modular
# exponentiation by repeated squaring with big moduli, big multiplications,
# floor divisions and modulo (including negative operands), shifts and
# bitwise ops on big ints, and Fibonacci numbers up to 10000 digits.
# str() is only applied to numbers below 4300 digits (CPython's default
# int/str conversion limit).  Optional argument: the number of rounds.

import sys

ROUNDS = 75


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def digit_sum(n):
    total = 0
    for ch in str(n):
        total += ord(ch) - 48
    return total


def powmod(base, exp, mod):
    """Right-to-left binary modular exponentiation (no 3-argument pow)."""
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def fib_digits(digits):
    """Index and residues of the first Fibonacci number with `digits` digits."""
    limit = 10 ** (digits - 1)
    a = 0
    b = 1
    i = 0
    while a < limit:
        a, b = b, a + b
        i += 1
    return i, a % 1000000007, str(a % 10 ** 20), str(a // 10 ** (digits - 20))


def muldiv(rounds):
    """Big multiplications and divisions, with exact round trips checked."""
    x = 3 ** 500 + 7
    y = 7 ** 300 - 1
    check = 0
    ok = 0
    for i in range(rounds):
        p = x * y + i
        q, r = divmod(p, y)
        if q == x and r == i:
            ok += 1
        z = (p << 17) - (x >> 5)
        check = (check + z % 998244353 + (z // (y + i)) % 1009) % 1000000007
        n = -p // 12345 + (-p) % 12345
        check = (check + n % 65521) % 1000000007
        w = (x ^ (y + i)) | (i << 900)
        check = (check + (w & 0xFFFFFFFF)) % 1000000007
        x = x * 3 + i
    return ok, check, x % 1000000007


def main():
    rounds = ROUNDS
    if len(sys.argv) > 1:
        rounds = int(sys.argv[1])
    fib = fib_digits(10000)
    print("fib", fib)
    acc = 0
    p = 2 ** 521 - 1  # a Mersenne prime
    m = 10 ** 300 + 7
    for r in range(rounds):
        f = factorial(1000 + r)
        ds = digit_sum(f)
        flen = len(str(f))
        fermat = powmod(3 + r, p - 1, p)
        pm = powmod(123456789 + r, 10 ** 200 + r, m)
        fr = fib_digits(1000 + 50 * r)
        md = muldiv(500)
        acc = (acc * 31 + ds + flen + fermat + pm + fr[1] + md[1]) % 1000000007
        if r == 0 or r == rounds - 1:
            print("factorial", 1000 + r, "digits", flen, "digit sum", ds)
            print("fermat", fermat, "powmod", pm % 1000000007, len(str(pm)))
            print("fib", fr)
            print("muldiv", md)
    print("rounds", rounds, "checksum", acc)


main()
