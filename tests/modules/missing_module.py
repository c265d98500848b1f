# Importing a module that exists nowhere raises ModuleNotFoundError when the statement runs.
print("start")
try:
    import nosuch_module_xyz
except ImportError as e:
    print("caught:", e)
try:
    from nosuch_pkg_xyz.sub import thing
except ModuleNotFoundError as e:
    print("caught:", e)
if __name__ == "__main__":
    print("main")
import another_missing_xyz.deep
print("unreachable")
