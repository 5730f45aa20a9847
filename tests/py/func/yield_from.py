# yield from: delegation to sub-generators and iterables, and the sub-generator's return value.
def sub(n):
    for i in range(n):
        yield i
    return "sub done %d" % n
def outer():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    yield from [10, 20]
    yield from "ab"
    return "outer done"
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]]])))
def wrapper():
    result = yield from outer()
    yield result
print(list(wrapper())[-1])
def empty_sub():
    return 7
    yield
def takes():
    v = yield from empty_sub()
    yield v
print(list(takes()))
