# Dict/set churn benchmark: insert, lookup, update and delete of int and str
# keys, dict.get/pop/setdefault, iteration over keys/values/items, set
# add/discard/remove, union, intersection, difference, symmetric difference
# and membership tests.  All printed results are independent of iteration
# order (sums, counts, sorted lists), since MicroPython dicts and sets do not
# preserve insertion order.  Optional argument: the number of rounds.

import sys

ROUNDS = 55
SIZE = 5000


def int_dict_round(r, size):
    d = {}
    for i in range(size):
        d[i * 7 + r] = i
    hits = 0
    for i in range(size * 2):
        if i in d:
            hits += d[i]
        hits += d.get(i + 1, 1)
    for i in range(0, size * 7, 3):
        if i in d:
            del d[i]
    total = 0
    for k in d:
        total += k ^ d[k]
    for v in d.values():
        total += v
    for k, v in d.items():
        total += (k * 3 + v) % 1009
    popped = 0
    for i in range(r, size * 7, 14):
        popped += d.pop(i, -1)
    return len(d), hits, total, popped


def str_dict_round(r, size):
    d = {}
    for i in range(size):
        d["key" + str(i * 3 + r)] = i
    counts = {}
    for i in range(size):
        word = "w" + str(i % 97)
        counts[word] = counts.get(word, 0) + 1
        lst = counts.setdefault("list" + str(i % 13), [])
        lst.append(i)
    found = 0
    for i in range(size * 2):
        k = "key" + str(i)
        if k in d:
            found += d[k]
    for i in range(0, size * 3, 2):
        k = "key" + str(i)
        if k in d:
            del d[k]
    klen = 0
    for k in d.keys():
        klen += len(k)
    lsum = 0
    for k, v in counts.items():
        if k.startswith("list"):
            lsum += len(v) * 3 + v[-1]
        else:
            lsum += v
    d2 = dict(d)
    d2.update({"extra": 1, "key1": -1})
    return len(d), found, klen, lsum, len(d2), len(counts)


def set_round(r, size):
    a = set()
    b = set()
    for i in range(size):
        a.add(i * 3 % (size * 2) + r)
        b.add(i * 5 % (size * 2))
    for i in range(0, size, 4):
        a.discard(i)
        if i in b:
            b.remove(i)
    u = a | b
    x = a & b
    d = a - b
    s = a ^ b
    members = 0
    for i in range(size * 2):
        if i in a:
            members += 1
        if i in x:
            members += 2
    strs = set(["s" + str(i % 211) for i in range(size)])
    strs2 = set(["s" + str(i % 307) for i in range(0, size, 2)])
    both = strs & strs2
    return (len(a), len(b), len(u), len(x), len(d), len(s), sum(x), members,
            len(strs | strs2), len(both), sorted(both)[:3])


def main():
    rounds = ROUNDS
    if len(sys.argv) > 1:
        rounds = int(sys.argv[1])
    acc = 0
    for r in range(rounds):
        a = int_dict_round(r, SIZE)
        b = str_dict_round(r, SIZE)
        c = set_round(r, SIZE)
        acc = (acc * 7 + sum(a) + sum(b) + sum(c[:-1])) % 1000000007
        if r == rounds - 1:
            print("int dict", a)
            print("str dict", b)
            print("sets", c)
    print("rounds", rounds, "checksum", acc)


main()
