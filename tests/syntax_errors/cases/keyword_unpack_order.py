f(*a, **b, c)
