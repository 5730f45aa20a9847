# expect: hand-written
# MicroPython's messages.
import uheapq
import heapq

print(uheapq is heapq)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print(e)
try:
    heapq.heappush(None, 1)
except TypeError as e:
    print(e)
