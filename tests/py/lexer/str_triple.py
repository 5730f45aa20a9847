# Triple-quoted strings: embedded quotes, newlines and escapes.
s = """first "line"
second 'line'
third\tline"""
print(s)
print(s.count("\n"))
t = '''it's "quoted" ''\''''
print(t)
u = """\
no leading newline"""
print(repr(u))
v = """a
""" + '''b'''
print(repr(v))
print(repr(""""x" """))
print(len("""


"""))
