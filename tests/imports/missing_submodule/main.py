import pkg
print(pkg.X)
import pkg.nothere
