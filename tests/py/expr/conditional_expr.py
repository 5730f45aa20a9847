# Conditional expressions: laziness, nesting (right-associative), precedence with lambda and or.
def t(v):
    print("eval", v)
    return v
print(t("yes") if True else t("no"))
print(t("yes") if False else t("no"))
x = 5
print("neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if 0 else 2 if 0 else 3)
print((1 if True else 2) + 10)
print(1 if True else 2 + 10)
f = lambda n: "big" if n > 10 else "small"
print(f(11), f(1))
print([("odd" if i % 2 else "even") for i in range(3)])
print(0 or 1 if 0 else 2)
print(0 or (1 if 0 else 2))
print(not 1 if 1 else 2)
