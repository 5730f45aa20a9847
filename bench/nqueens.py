# N-queens benchmark: counts all solutions of the N-queens problem in two ways:
#  * as in pyperformance's bm_nqueens: enumerate all permutations with a
#    generator (a pure-Python itertools.permutations) and keep those whose
#    diagonals are all distinct (checked with sets built from generator
#    expressions);
#  * with a recursive backtracking search using sets of occupied columns and
#    diagonals.
# Prints the solution counts and a checksum of the solutions found.
# Optional argument: the number of repetitions.

import sys

REPEAT = 4


def permutations(iterable, r=None):
    """Pure-Python itertools.permutations (without slice assignment)."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))
    cycles.reverse()
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices = indices[:i] + indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    """Yield each solution as a tuple of column indexes (pyperformance style)."""
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def solve_backtrack(n):
    """Count the solutions with recursive backtracking; also return a checksum."""
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []
    state = [0, 0]  # [count, checksum]

    def place(row):
        if row == n:
            state[0] += 1
            h = 0
            for c in placed:
                h = (h * 31 + c) % 1000003
            state[1] = (state[1] + h) % 1000003
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return state[0], state[1]


def main():
    repeat = REPEAT
    if len(sys.argv) > 1:
        repeat = int(sys.argv[1])
    total = 0
    for rep in range(repeat):
        for n in (4, 5, 6, 7, 8):
            count = 0
            check = 0
            first = None
            for vec in n_queens(n):
                if first is None:
                    first = vec
                count += 1
                for i in range(n):
                    check = (check * 7 + vec[i]) % 1000003
            total += count
            if rep == 0:
                print("perm", n, count, check, first)
        for n in (4, 6, 8, 9, 10):
            count, check = solve_backtrack(n)
            total += count
            if rep == 0:
                print("backtrack", n, count, check)
    print("repeat", repeat, "total", total)


main()
