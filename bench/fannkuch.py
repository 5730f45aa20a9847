# Fannkuch-redux benchmark (from the Computer Language Benchmarks Game):
# for every permutation of 1..n (generated in the standard order), count the
# number of prefix reversals ("pancake flips") needed until 1 is at the front;
# print the alternating-sign checksum and the maximum number of flips.
# Prefix reversals are done with explicit swaps (no slice assignment).
# Optional argument: n.

import sys

N = 9


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    maxflips = 0
    checksum = 0
    permcount = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        k = perm1[0]
        if k:
            for i in range(n):
                perm[i] = perm1[i]
            flips = 0
            while k:
                i = 0
                j = k
                while i < j:
                    t = perm[i]
                    perm[i] = perm[j]
                    perm[j] = t
                    i += 1
                    j -= 1
                flips += 1
                k = perm[0]
            if flips > maxflips:
                maxflips = flips
            if permcount % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        # Advance to the next permutation.
        while True:
            if r == n:
                return checksum, maxflips, permcount + 1
            perm0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permcount += 1


def main():
    n = N
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    checksum, maxflips, perms = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, maxflips))
    print("permutations", perms)


main()
