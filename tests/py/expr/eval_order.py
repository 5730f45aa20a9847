# Evaluation order of operands, subscripts, call arguments, and assignment targets.
log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
def show(label):
    print(label, log)
    del log[:]
v("a", 1) + v("b", 2) * v("c", 3)
show("arith")
v("f", len)(v("arg", "xy"))
show("call")
v("obj", {"k": 1})[v("key", "k")]
show("subscript")
d = {}
d[v("k1", "x")], d[v("k2", "y")] = v("r1", 1), v("r2", 2)
show("tuple assign")
x = [v("e1", 1), v("e2", 2)]
show("list display")
(v("t1", 1), v("t2", 2))
show("tuple display")
v("l", 1) < v("m", 2) < v("r", 3)
show("chain")
[v("body", i) for i in v("iter", [1, 2])]
show("comprehension")
s = "%s-%s" % (v("p1", "a"), v("p2", "b"))
show("percent")
v("c1", 0) if v("cond", 0) else v("c2", 5)
show("ifexp")
v("lhs", [1])[v("idx", 0)] = v("val", 9)
show("store subscript")
