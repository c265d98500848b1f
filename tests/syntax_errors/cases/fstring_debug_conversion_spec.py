x = 5
print(f"{x=!r:>10}")
