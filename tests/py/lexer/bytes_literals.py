# Bytes literals: escapes, indexing yields ints, repr forms.
b = b"A\x00\xff\n\t\\'"
print(len(b))
print(b)
print(b[0], b[1], b[2], b[-1])
print(repr(b'"'), repr(b"'"), repr(b"'\""))
print(b"\101\x42C")
print(list(b"abc"))
print(b"" == bytes(), type(b"x").__name__)
print(B"upper prefix")
print(b"\x7f\x80\xfe")
