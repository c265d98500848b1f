"""Keelback's functools: reduce() (CPython's is C), compiled for the types of
each call. The rest of functools is not supported yet.
"""


class _Missing:
    pass


_initial_missing = _Missing()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if isinstance(initial, _Missing):
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value
