# full-stderr
# A line repeated exactly four times: three printed, "1 more time" (singular).
def down(n):
    if n == 0:
        raise RuntimeError("done")
    return down(n - 1)


down(3)
