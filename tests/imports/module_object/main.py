# A module is a value: printed, passed to functions, kept in variables.
import sys, shapes
import shapes as geometry

def count(module, name):
    return module.sides(name)

m = shapes
print(count(m, "square"), count(geometry, "triangle"), m.SIDES is shapes.SIDES)
print(repr(shapes).startswith("<module 'shapes' from '"), repr(shapes).endswith("shapes.py'>"))
print(sys, shapes.__name__, len(sys.argv))
shapes.sides("hexagon")
