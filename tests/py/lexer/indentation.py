# Indentation: nested blocks, different indent widths per block, dedent to several levels.
def f(n):
  if n > 0:
        for i in range(n):
            if i % 2:
             print("odd", i)
            else:
                     print("even", i)
  else:
    print("none")
  return n
f(3)
f(0)
if True:
    if True:
        if True:
            print("deep")
print("back")
while False: pass
for i in range(2): print("one-liner", i)
class C: x = 1
print(C.x)
