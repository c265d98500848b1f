# keelback-error: not supported yet: ** arguments to a built-in
# (Keelback crashed on a ** argument to print.)
def log(**kwargs):
    print("log:", **kwargs)
log(sep="-")
