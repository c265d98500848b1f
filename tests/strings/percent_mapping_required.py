# %(name)s needs a mapping.
print("%(a)s" % {"a": 1})
print("%(a)s" % (1,))
