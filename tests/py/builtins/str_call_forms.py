# str(x) on every kind of value, and with the name str rebound (globally and locally)
class S(str):
    pass
class R:
    def __str__(self):
        return S('from __str__')
for v in [0, -5, 2 ** 53, 2 ** 70, -(2 ** 70), True, False, None, 'text', S('sub'), [1, 'a'], (), {}, b'b', R()]:
    r = str(v)
    print(repr(r), type(r).__name__)
def local_shadow():
    str = repr
    return str('a'), str(5)
print(local_shadow())
calls = []
def counted(x):
    calls.append(x)
    return 'n'
str_saved = str
str = counted
print(str(7), calls)
str = str_saved
print(str(8))
