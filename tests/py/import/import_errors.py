# Failed imports: missing modules and names raise ImportError; errors in a module body propagate.
try:
    import _no_such_module_anywhere
except ImportError:
    print("ImportError module")
try:
    from _mod_a import no_such_name
except ImportError:
    print("ImportError name")
try:
    from pkgrel import no_such_submodule
except ImportError:
    print("ImportError submodule")
try:
    import pkgrel.no_such_sub
except ImportError:
    print("ImportError dotted")
try:
    import _raises_on_import
except ValueError as e:
    print("ValueError from module body", e.args)
print(issubclass(ImportError, Exception))
def late():
    import _no_such_module_either
try:
    late()
except ImportError:
    print("ImportError inside function")
print("after failed imports")
