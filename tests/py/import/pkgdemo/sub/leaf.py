from . import SUB
LEAF = SUB * 10
__all__ = ["LEAF"]
hidden = "not exported"
