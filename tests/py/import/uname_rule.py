# expect: hand-written (MicroPython's u-name rule: `import json` finds json.py on sys.path first, else the builtin ujson)
import sys
print(sys.path)
import json, ujson
print(json is ujson, json.dumps([1, "a"]))
import heapq
print(heapq.LOCAL)
import uheapq
print(uheapq is not heapq, hasattr(uheapq, "heappush"))
import os, uos
print(os is uos, os.getcwd())
