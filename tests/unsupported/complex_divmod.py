# keelback-error: not supported yet: divmod() of complex and int
# divmod() of a complex is a TypeError in CPython; Keelback rejects it at compile time.
z = 1 + 2j
print(divmod(z, 2))
