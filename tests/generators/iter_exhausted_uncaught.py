# next() of an exhausted list iterator: StopIteration, uncaught.
it = iter([1])
print(next(it))
print(next(it))
