LOCAL = "heapq.py from /flash/lib"
