# Identifiers that resemble keywords, underscores, and case sensitivity.
_ = 1
__x = 2
x_ = 3
True_ = 4
iff = 5
Print = print
None_ = "n"
classy = 6
Print(_, __x, x_, True_, iff, None_, classy)
abc = 1
ABC = 2
Abc = 3
print(abc, ABC, Abc)
def def_():
    return "def_"
print(def_())
print(True, False, None)
