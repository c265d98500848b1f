"""Keelback's heapq: the heap queue of CPython 3.11 (its C _heapq for the
heap functions, Lib/heapq.py for merge, nsmallest and nlargest), compiled
for the element type of each call. The algorithms are CPython's step for
step, so a heap holds its items in the same places and equal items come
out in the same order. Items are compared with < only, as CPython does.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def _siftdown(heap, startpos, pos):
    # Moves the item at pos up towards startpos while it is smaller than
    # its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Floyd's bottom-up sift: the smaller child moves up until a leaf is
    # reached, then the item sifts down from there.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item):
    _check_list(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    _check_list(heap)
    if heap and heap[0] < item:
        returnitem = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return returnitem
    return item


def heapify(x):
    _check_list(x)
    # CPython sifts in another order for big lists to stay in cache; it
    # builds the same heap.
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


def _heappop_max(heap):
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    _check_list(x)
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, i)


def _merge_heappop(h, reverse):
    if reverse:
        return _heappop_max(h)
    return heappop(h)


def _merge_heapreplace(h, item, reverse):
    if reverse:
        return _heapreplace_max(h, item)
    return heapreplace(h, item)


def merge(*iterables, key=None, reverse=False):
    # Lib/heapq.py's merge: a heap of (value, order) entries, order the
    # index of the entry's iterator (negated when reversed), so that equal
    # values come from the earlier iterable first.
    direction = -1 if reverse else 1
    its = [iter(iterable) for iterable in iterables]
    if key is None:
        h = []
        for order in range(len(its)):
            for value in its[order]:
                h.append((value, order * direction))
                break
        if reverse:
            _heapify_max(h)
        else:
            heapify(h)
        while len(h) > 1:
            value, order = h[0]
            yield value
            it = its[order * direction]
            for value in it:
                _merge_heapreplace(h, (value, order), reverse)
                break
            else:
                _merge_heappop(h, reverse)
        if h:
            value, order = h[0]
            yield value
            for value in its[order * direction]:
                yield value
        return
    hk = []
    values = []
    for order in range(len(its)):
        values.append(None)
        for value in its[order]:
            hk.append((key(value), order * direction))
            values[order] = value
            break
    if reverse:
        _heapify_max(hk)
    else:
        heapify(hk)
    while len(hk) > 1:
        key_value, order = hk[0]
        yield values[order * direction]
        it = its[order * direction]
        for value in it:
            values[order * direction] = value
            _merge_heapreplace(hk, (key(value), order), reverse)
            break
        else:
            _merge_heappop(hk, reverse)
    if hk:
        key_value, order = hk[0]
        yield values[order * direction]
        for value in its[order * direction]:
            yield value


def nsmallest(n, iterable, key=None):
    if n == 1:
        # min(it, default=sentinel, key=key): the first smallest.
        first = []
        if key is None:
            for elem in iterable:
                if not first:
                    first.append(elem)
                elif elem < first[0]:
                    first[0] = elem
        else:
            best = []
            for elem in iterable:
                k = key(elem)
                if not first:
                    first.append(elem)
                    best.append(k)
                elif k < best[0]:
                    first[0] = elem
                    best[0] = k
        return first
    # Lib/heapq.py asks len() and takes the general case when the iterable
    # has none (decided by its type here).
    if isinstance(iterable, (list, tuple, str, dict, set, frozenset, range, bytes, bytearray)):
        if n >= len(iterable):
            if key is None:
                return sorted(iterable)[:n]
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return [elem for (elem, order) in result]
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top, _order = result[0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]
    keyed = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not keyed:
        return [elem for (k, order, elem) in keyed]
    _heapify_max(keyed)
    top = keyed[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(keyed, (k, order, elem))
            top, _order, _elem = keyed[0]
            order += 1
    keyed.sort()
    return [elem for (k, order, elem) in keyed]


def nlargest(n, iterable, key=None):
    if n == 1:
        # max(it, default=sentinel, key=key): the first largest.
        first = []
        if key is None:
            for elem in iterable:
                if not first:
                    first.append(elem)
                elif elem > first[0]:
                    first[0] = elem
        else:
            best = []
            for elem in iterable:
                k = key(elem)
                if not first:
                    first.append(elem)
                    best.append(k)
                elif k > best[0]:
                    first[0] = elem
                    best[0] = k
        return first
    # Lib/heapq.py asks len() and takes the general case when the iterable
    # has none (decided by its type here).
    if isinstance(iterable, (list, tuple, str, dict, set, frozenset, range, bytes, bytearray)):
        if n >= len(iterable):
            if key is None:
                return sorted(iterable, reverse=True)[:n]
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return [elem for (elem, order) in result]
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]
    keyed = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not keyed:
        return [elem for (k, order, elem) in keyed]
    heapify(keyed)
    top = keyed[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(keyed, (k, order, elem))
            top, _order, _elem = keyed[0]
            order -= 1
    keyed.sort(reverse=True)
    return [elem for (k, order, elem) in keyed]
