def f():
    nonlocal *
