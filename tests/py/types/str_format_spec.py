# str.format: the format mini-language over ints and strs, field names, nesting and errors.
class P:
    x = 5
vals = [0, 7, -7, 255, 123456789012345678901234567890, True, "ab", "héllo"]
for f in ["{}", "{:5}", "{:<5}|", "{:>5}", "{:^6}|", "{:*^7}", "{:+}", "{: }", "{:x}", "{:#x}", "{:X}", "{:o}", "{:#o}", "{:b}", "{:#b}", "{:,}", "{:08,}", "{:=+8}", "{!r}", "{!s:>6}", "{:.2}", "{:c}", "{:d}", "{:s}", "{:10.3}|"]:
    out = []
    for v in vals:
        try:
            out.append(f.format(v))
        except Exception as e:
            out.append(type(e).__name__)
    print(f, out)
print("{0}{1}{0}".format("a", "b"), "{a}-{b!r}".format(a=1, b="x"), "{0[1]} {0[0]}".format([5, 6]), "{0.x} {p.x}".format(P, p=P()))
print("{:{}}|{:>{w}}".format("a", 4, "b", w=3), "{{}} {{{}}}".format(9))
for bad in ["{", "}", "{0}{}", "{}{0}", "{x}", "{0!z}", "{:zz}", "{5}", "{0.}", "{[}"]:
    try:
        print(bad.format(1))
    except Exception as e:
        print(bad, type(e).__name__)
