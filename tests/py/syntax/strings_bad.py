# Unterminated strings and bad number literals are SyntaxError.
def check(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
check("x = 'abc")
check('x = "abc')
check("x = '''abc")
check("x = 'a\nb'")
check("x = 0x")
check("x = 0b102")
check("x = 0o8")
check("x = 'ok'")
check("x = '''multi\nline'''")
check("x = 12abc")
