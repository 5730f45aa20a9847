# repr() of builtin values: ints, strings with quotes and escapes, containers, nested, None/bools.
values = [0, -12, 2 ** 70, True, None, "", "abc", "it's", 'say "hi"', "both ' \"", "tab\there",
          "nl\n", "\x00\x1f\x7f", "\\", b"", b"a'b", b"\x00\xff", bytearray(b"xy"), [], [1, "a"], (),
          (1,), (1, 2), {}, {"k": [1, (2,)]}, set(), {7}, frozenset(), range(3), range(1, 9, 2)]
for v in values:
    print(repr(v))
print(repr([[], [[]], ([],)]), repr({1: {2: {}}}))
print(str("s"), repr("s"), str(b"s"), str([1, "s"]), str(("s",)))
print(repr(Ellipsis), repr(NotImplemented), repr(int), repr(ValueError))
class R:
    def __repr__(self):
        return "<R!>"
print(repr(R()), repr([R(), R()]), str(R()), "%r" % R())
