# print(): multiple values, sep and end keywords (including empty and None), file=sys.stdout.
import sys
print()
print("a")
print("a", "b", 3, None, True, [1], (2,), {"k": 1})
print("a", "b", sep="")
print("a", "b", sep="--")
print("x", end="")
print("y", end="\n")
print("no", "newline", sep=",", end="|\n")
print("sep None", "ok", sep=None)
print("end None", end=None)
print("multi", "line", sep="\n")
print(*[1, 2, 3])
print(*"abc", sep="+")
print(*[], sep="!")
print("to stdout", file=sys.stdout)
print(1, 2, file=sys.stdout, sep=":", end=";\n")
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], "%s" % S())
print("" == "", "")
print("tab\tsep", "quote'", 'dq"')
