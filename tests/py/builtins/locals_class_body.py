# locals() in a class body is the class namespace; at module level the globals.
top = 1
print(locals()["top"], "top" in globals())


class K:
    a = 1

    def m(self):
        pass

    print("top" in locals(), locals()["a"], "m" in locals())
    b = len(locals())


print(K.b >= 2)
for src in ["\\\n", "x = 1 \\\n"]:
    try:
        compile(src, "<s>", "single")
        print("compiled")
    except SyntaxError:
        print("SyntaxError")
print(eval(compile("\\\n7", "<s>", "eval")))
