"""Keelback's map() and filter() objects where a program keeps one as a
value (`m = map(f, xs)`, `return map(...)`, `next(m)`): generator functions
compiled for the types of each call (sema_builtins.cpp). Where a loop or a
builtin consumes them right away, the compiled loop calls the function
itself. What they yield, and when the function is called, is CPython's; the
objects are generators (their repr and type are a generator's).

Loaded only when a program names map or filter (module_loader.cpp); its
defs are instantiated directly, never through an import.
"""


def map(function, iterable):
    for item in iterable:
        yield function(item)


def filter(function, iterable):
    if function is None:
        for item in iterable:
            if item:
                yield item
    else:
        for item in iterable:
            if function(item):
                yield item


# A builtin function called through a value: `map(sum, rows)`, `key=str.lower`
# where no compiled form of the call exists, and the calls of an `object`
# that is a builtin function (`for f in (len, repr): f(x)`): the builtin
# called by name in a function instantiated for it and the arguments' types
# (sema_builtin_values.cpp picks the one for the number of arguments).
def call1(function, a):
    return function(a)


def call2(function, a, b):
    return function(a, b)


def call3(function, a, b, c):
    return function(a, b, c)
