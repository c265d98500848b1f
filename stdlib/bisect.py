"""Keelback's bisect: CPython 3.11's C _bisect, compiled for the types of
each call. The probes are CPython's (mid = (lo + end) // 2, items compared
with < only), so a key function sees the same items in the same order.
"""


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    # hi=None means len(a); so does -1, as in CPython's C version.
    if hi is None:
        return len(a)
    if hi == -1:
        return len(a)
    return hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    end = _bounds(a, lo, hi)
    while lo < end:
        mid = (lo + end) // 2
        if key is None:
            if x < a[mid]:
                end = mid
            else:
                lo = mid + 1
        else:
            if x < key(a[mid]):
                end = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    end = _bounds(a, lo, hi)
    while lo < end:
        mid = (lo + end) // 2
        if key is None:
            if a[mid] < x:
                lo = mid + 1
            else:
                end = mid
        else:
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                end = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
