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
