# __repr__ and __str__: print/str use __str__ (falling back to __repr__), containers use __repr__.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": r})
print("%s %r" % (b, b), "%s" % r)
print("{} {!r}".format(b, b))
print(repr("x" + str(b)))
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Nested(%r)" % (self.items,)
print(Nested([1, "a", Nested([])]))
print(repr(Nested("s")), str(Nested(None)))
class Inherit(Both):
    pass
print(Inherit(), [Inherit()])
