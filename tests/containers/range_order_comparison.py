# Ranges compare equal as sequences but have no order.
print(range(3) == range(0, 3), range(1) != range(2))
print(range(1) < range(2))
