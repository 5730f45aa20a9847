# Statement-level evaluation order: conditions, augmented assignment targets, call arguments.
log = []
def t(name, v=True):
    log.append(name)
    return v
if t("a", False) or t("b"):
    log.append("body")
print(log)
log.clear()
class O:
    pass
o = O()
o.x = 1
def get_o():
    log.append("get_o")
    return o
get_o().x += t("rhs", 5)
print(o.x, log)
log.clear()
lst = [10, 20]
def idx():
    log.append("idx")
    return 1
lst[idx()] += 1
print(lst, log)
log.clear()
def call(*a):
    return a
print(call(t("1", 1), t("2", 2), t("3", 3)), log)
log.clear()
x = t("left", 1) + t("right", 2) * t("mul", 3)
print(x, log)
