# keelback-error: not supported yet: the type statement
# Python 3.12's type statement (PEP 695) parses, but inference does not
# handle it yet. `type` stays an ordinary name elsewhere.
type Pair = tuple[int, int]
print(type(1))
