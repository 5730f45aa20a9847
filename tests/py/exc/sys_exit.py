# sys.exit raises SystemExit, which can be caught; its args carry the exit code.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit no args", e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise SystemExit(0)
except Exception:
    print("not caught by Exception")
except BaseException:
    print("caught by BaseException")
def cleanup():
    try:
        sys.exit(1)
    finally:
        print("finally before exit propagates")
try:
    cleanup()
except SystemExit:
    print("caught")
print("end")
sys.exit(0)
print("not printed")
