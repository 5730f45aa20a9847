# Float formatting: % and format specs (e f g % and none, precision, width, flags).
vals = [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1 / 3, 2.675, 123456.789, 1e16, 1.5e-7, 0.0001, 1e-5,
        9.9999, 99999.95, 1e100, 5e-324, 12345678.9, 0.5, 2.5, -1e-10, float("inf"), float("-inf"), float("nan")]
specs = ["", ".0f", ".1f", ".2f", ".3f", "f", ".10f", "e", ".0e", ".2e", ".3E", "g", ".1g", ".3g", ".10g", "G",
         "%", ".1%", "10.3f", "<12.2e", ">12g", "^14.4g", "+.2f", " .3f", "010.2f", "#.0f", "#.0e", "#g", ",.2f",
         "_.1f", "*^12.1f", "=+12.3f", ".17g", ".20f", "n", ".3", "r" if False else "12"]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(("{:" + sp + "}").format(v))
        except ValueError as e:
            row.append("VE")
    print("|".join(row))
for fmt in ["%f", "%.2f", "%10.3f", "%-10.1f|", "%e", "%.3E", "%g", "%G", "%.0f", "%+.1f", "% .2f", "%08.2f", "%#.0f", "%#g", "%.15g", "%.0e", "%5.1f%%"]:
    print(fmt, fmt % 3.14159, fmt % -0.000123, fmt % 1e20, fmt % 42)
print("%d %i %x" % (3.99, -2.5, 255), "%s %r" % (0.1, 0.1), "%(a).2f" % {"a": 2.5})
print("{} {!r} {:.3} {:8.2f}|{:<8}|{:>+9.2e}".format(0.1, 0.2, 1 / 3, 2.5, 1.5, 12345.678))
print("{:.2f} {:e} {:g} {:%}".format(1, 2, 3, 4), "{:.2e}".format(10 ** 20), "{:f}".format(7))
for bad in [("d", 1.5), ("x", 2.0), ("s", 1.5), ("c", 1.0)]:
    try:
        print(("{:" + bad[0] + "}").format(bad[1]))
    except ValueError as e:
        print("ValueError", e)
try:
    print("%x" % 1.5)
except TypeError as e:
    print("TypeError", e)
