# pkg.sub becomes an attribute of pkg when any import of it has run.
import pkg
def load():
    import pkg.sub
load()
print(pkg.sub.hello())
import pkg.sub as s
print(s.hello(), s is pkg.sub if False else "same")
