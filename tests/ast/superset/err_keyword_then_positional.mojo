def f():
    return p.load[width=4, 8]()
