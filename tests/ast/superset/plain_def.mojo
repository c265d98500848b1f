# In a .mojo file `def` is Mojo's: an FnDef, even without types. The soft
# keywords stay names where Python would read them so.
def f(x):
    return x


var = 1
struct_ = struct.pack("i", 1)
