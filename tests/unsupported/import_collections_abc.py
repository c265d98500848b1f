# keelback-error: not supported yet: importing module 'collections.abc'
import collections.abc
print(collections.abc.Iterable)
