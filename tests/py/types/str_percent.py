vals = [0, 7, -7, 255, -255, 123456789012345678901234567890, True]
for f in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%.3d", "%8.3x", "%-+8d|", "%i", "%u", "%s", "%r", "%10s|", "%-10r|", "%.2s", "%c", "%%d", "%5%"]:
    out = []
    for v in vals:
        try:
            out.append(f % v)
        except Exception as e:
            out.append(type(e).__name__)
    print(f, out)
print("%s %s" % ("a", "b"), "%(a)s-%(b)d" % {"a": 1, "b": 2}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*s" % (2, "abcdef"))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%", ()), ("%(a", {}), ("%z", 1), ("%c", "ab"), ("%c", -1)]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__)
print("%c%c" % (65, "B"), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % "q'", "%a" % "é")
