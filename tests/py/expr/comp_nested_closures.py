# Comprehensions nested in functions, capturing function locals, and comprehension-made closures.
def mult_table(n):
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
print(mult_table(3))
def adders():
    return [(lambda x, k=k: x + k) for k in range(3)]
print([f(10) for f in adders()])
def late_adders():
    return [(lambda x: x + k) for k in range(3)]
print([f(10) for f in late_adders()])
def filter_by(limit):
    return [x for x in range(10) if x < limit]
print(filter_by(4))
def dict_of_lists(keys):
    return {k: [k * i for i in range(3)] for k in keys}
print(dict_of_lists("ab"))
def gen_in_comp():
    return [list(x for x in range(i)) for i in range(3)]
print(gen_in_comp())
def comp_uses_arg(lst, offset):
    return [v + offset for v in lst]
print(comp_uses_arg([1, 2], 100))
