# String-formatting benchmark: %-formatting and str.format with ints and
# strs, widths, alignment, zero/explicit fill, signs, hex/octal, named
# fields.  Prints the total length and a checksum of all formatted text.
# Optional argument: the number of iterations.

import sys

LOOPS = 120000

NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def checksum(h, s):
    """Fold the characters of s into the running hash h."""
    for ch in s:
        h = (h * 33 + ord(ch)) & 0xFFFFFF
    return h


def run(loops):
    total_len = 0
    h = 5381
    last = []
    for i in range(loops):
        name = NAMES[i % 8]
        n = i * 37 - 5000
        lines = [
            "%d" % n,
            "%5d|%-5d|%05d" % (i % 1000, i % 777, i % 99),
            "%s=%s" % (name, n),
            "%10s|%-10s|" % (name, name),
            "%x %X %o" % (i, i * 3, i % 512),
            "%+d % d" % (n, i),
            "%r %c %%" % (name, 65 + i % 26),
            "%(name)s:%(value)d" % {"name": name, "value": i},
            "{} {} {}".format(i, name, n),
            "{0}-{1}-{0}".format(name, i % 100),
            "{:>8}|{:<8}|{:^8}|".format(name, i % 1000, name[:3]),
            "{:08d} {:x} {:+d}".format(i, i, n),
            "{:*^12} {:->6}".format(name, i % 10000),
            "{name}/{num:06d}".format(name=name, num=i),
            "{!r}".format(name),
        ]
        if i % 4 == 0:
            out = "\n".join(lines)
            total_len += len(out)
            h = checksum(h, out[i % 50 : i % 50 + 40])
        else:
            for line in lines:
                total_len += len(line)
            h = (h * 31 + len(lines[i % 15])) & 0xFFFFFF
        last = lines
    return total_len, h, last


def main():
    loops = LOOPS
    if len(sys.argv) > 1:
        loops = int(sys.argv[1])
    total_len, h, last = run(loops)
    for line in last:
        print(line)
    print("total length", total_len, "checksum", h)


main()
