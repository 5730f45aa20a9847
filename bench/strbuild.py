# String-building benchmark: repeated concatenation in a loop, ''.join of a
# list of str(i), indexing and slicing (step 1 only), and str methods
# (replace, split, upper, lower, find, startswith, strip) on the built strings.
# Prints lengths and checksums.  Optional argument: the number of rounds.

import sys

ROUNDS = 700


def checksum(s):
    """Polynomial hash of the characters of s, modulo a prime."""
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def build(n):
    # Concatenation in a loop.
    s = ""
    for i in range(n):
        s += str(i)
        if i % 10 == 0:
            s += ","
    # Join of a list of str(i).
    parts = []
    for i in range(n):
        parts.append(str(i * 7))
    joined = " ".join(parts)
    words = joined.split(" ")
    csv = ",".join(words[1:] + words[:1])
    # Slicing.
    pieces = []
    for i in range(0, len(s) - 8, 37):
        pieces.append(s[i:i + 8])
    sliced = "-".join(pieces)
    head = s[:50]
    tail = s[-50:]
    # Methods on the built strings.
    replaced = joined.replace("7", "seven").replace("0", "")
    upper = ("abc" + replaced + "xyz").upper()
    fields = csv.split(",")
    lowered = upper.lower()
    found = 0
    pos = lowered.find("seven")
    while pos >= 0 and found < 2000:
        found += 1
        pos = lowered.find("seven", pos + 1)
    starts = 0
    for w in words:
        if w.startswith("1"):
            starts += 1
    stripped = ("   " + head + "   ").strip()
    return (
        len(s),
        len(joined),
        len(words),
        len(csv),
        len(sliced),
        len(replaced),
        len(upper),
        len(fields),
        found,
        starts,
        stripped == head,
        checksum(tail),
        checksum(sliced[:200]),
        checksum(upper[-200:]),
    )


def main():
    rounds = ROUNDS
    if len(sys.argv) > 1:
        rounds = int(sys.argv[1])
    result = None
    total = 0
    for r in range(rounds):
        result = build(2000 + r % 300)
        total += result[0] + result[5]
    print(result)
    print("rounds", rounds, "total", total)


main()
