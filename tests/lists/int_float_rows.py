# Rows that hold ints and floats: each item keeps its own type, as in CPython.
def tsp_table(n):
    inf = float("inf")
    dp = [[inf] * n for _ in range(1 << n)]
    dp[1][0] = 0
    return dp


dp = tsp_table(2)
print(dp)
print(dp[1][0], type(dp[1][0]).__name__, dp[0][0])
row = [0.5] * 3
row[1] = 2
print(row, [type(x).__name__ for x in row])
print(row[1] + dp[1][0], min(row))
print(dp[1][0] + "x")
