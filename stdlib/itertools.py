"""Keelback's itertools: CPython's iterator building blocks as generator
functions, compiled for the types of each call (CPython's are C types of
the same names). What they yield, and in which order, is CPython's; the
objects themselves are generators (their repr is a generator's).
"""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(object, times=None):
    if times is None:
        while True:
            yield object
    else:
        for i in range(times):
            yield object


def _accumulate_step(func, total, element):
    if func is None:
        return total + element
    return func(total, element)


def accumulate(iterable, func=None, *, initial=None):
    if initial is None:
        started = False
        for element in iterable:
            if started:
                total = _accumulate_step(func, total, element)
            else:
                total = element
                started = True
            yield total
    else:
        total = initial
        yield total
        for element in iterable:
            total = _accumulate_step(func, total, element)
            yield total


def chain(*iterables):
    for it in iterables:
        for element in it:
            yield element


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    dropping = True
    for x in iterable:
        if dropping and predicate(x):
            continue
        dropping = False
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    for x in iterable:
        if predicate is None:
            if not x:
                yield x
        elif not predicate(x):
            yield x


def _group_items(items):
    for item in items:
        yield item


def groupby(iterable, key=None):
    # Each group is gathered before it is yielded (CPython's group shares
    # the underlying iterator, which only shows when a group is kept past
    # the next step).
    started = False
    current = None
    items = []
    for element in iterable:
        if key is None:
            k = element
        else:
            k = key(element)
        if started and k == current:
            items.append(element)
            continue
        if started:
            yield current, _group_items(items)
        started = True
        current = k
        items = [element]
    if started:
        yield current, _group_items(items)


def _islice(iterable, start, stop, step):
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    if start < 0 or (stop is not None and stop < 0):
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    i = 0
    next_index = start
    for element in iterable:
        if stop is not None and i >= stop:
            return
        if i == next_index:
            yield element
            next_index += step
        i += 1


def islice(iterable, *args):
    if len(args) == 1:
        return _islice(iterable, 0, args[0], 1)
    if len(args) == 2:
        return _islice(iterable, 0 if args[0] is None else args[0], args[1], 1)
    return _islice(iterable, 0 if args[0] is None else args[0], args[1], 1 if args[2] is None else args[2])


def pairwise(iterable):
    started = False
    a = None
    for b in iterable:
        if started:
            yield a, b
        a = b
        started = True


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    items = list(iterable)
    return tuple(_group_items(items) for i in range(n))


def zip_longest(*iterables, fillvalue=None):
    lists = [list(it) for it in iterables]
    longest = 0
    for items in lists:
        if len(items) > longest:
            longest = len(items)
    for i in range(longest):
        yield tuple(items[i] if i < len(items) else fillvalue for items in lists)


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        k = n
    else:
        k = r
    if k > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - k, -1))
    yield tuple(pool[i] for i in indices[:k])
    while n:
        for i in range(k - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:k])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
