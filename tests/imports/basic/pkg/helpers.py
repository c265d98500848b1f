def sq(v):
    return v * v
