# The builtin exception hierarchy as seen through issubclass.
pairs = [
    (ValueError, Exception), (TypeError, Exception), (KeyError, LookupError),
    (IndexError, LookupError), (LookupError, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (ArithmeticError, Exception), (AttributeError, Exception),
    (NameError, Exception), (ImportError, Exception), (RuntimeError, Exception),
    (NotImplementedError, RuntimeError), (StopIteration, Exception), (AssertionError, Exception),
    (OSError, Exception), (SyntaxError, Exception), (IndentationError, SyntaxError),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (SystemExit, BaseException), (GeneratorExit, Exception), (Exception, BaseException),
    (MemoryError, Exception), (KeyError, IndexError), (UnicodeError, ValueError),
    (ValueError, LookupError), (BaseException, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(isinstance(KeyError(), LookupError), isinstance(KeyboardInterrupt(), Exception))
