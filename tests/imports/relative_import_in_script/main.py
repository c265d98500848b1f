# A script is no package: a relative import in it raises ImportError.
print("start")
from . import helper
