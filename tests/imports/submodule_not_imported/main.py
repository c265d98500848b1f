# A submodule is an attribute of its package only once it has been imported.
import pkg
print(pkg.NAME)
def later():
    import pkg.sub
    return pkg.sub.hello()
print(pkg.sub.hello())
