# exec() of valid code runs it in the module namespace; errors inside are runtime errors.
exec("a = 1 + 2")
print(a)
exec("def f(x):\n    return x * 2\n")
print(f(21))
exec("for i in range(3):\n    print('loop', i)")
try:
    exec("1 // 0")
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    exec("undefined_name_zz")
except NameError:
    print("NameError")
try:
    exec("x = (")
except SyntaxError:
    print("SyntaxError")
print(eval("2 ** 10"), eval("a * 3"))
try:
    eval("x = 1")
except SyntaxError:
    print("SyntaxError")
