# Raw string literals keep backslashes; raw strings may end with an escaped quote.
print(r"a\nb", len(r"a\nb"))
print(repr(r"\t\x41\\"))
print(r'\'' , len(r'\''))
print(R"C:\path\to" + r"\file")
print(repr(r"""raw
triple\n"""))
print(r"\d+\s*" == "\\d+\\s*")
print(rb"\x00".decode(), br"\n" == b"\\n")
