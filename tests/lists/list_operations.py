# also-build
# Lists specialised on their element type: indexing, assignment, methods, slices.
a = [3, 1, 2]
a.append(10)
a[0] = 7
a[-1] += 1
print(a, len(a), a[1], a[-2])
b = [0.5] * 3
b[1] = 2.25
print(b, b + [1.0], [True, False] * 2)
flags = [False] * 5
flags[2] = flags[4] = True
print(flags, True in flags, 3 in a, 99 not in a)
words = []
for w in ["x", "yy", "zzz"]:
    words.append(w * 2)
print(words, words[1:], words[::-1], words[:-1], words[5:])
nums = list(range(10))
print(nums[2:8:2], nums[::3], nums[-3:], nums[8:2:-2])
nums[1:4] = [100, 200]
print(nums, len(nums))
nums.insert(0, -1)
nums.reverse()
print(nums.pop(), nums.pop(0), nums)
nums.sort()
print(nums, nums.index(100), nums.count(5))
nums.remove(100)
nums.sort(reverse=True)
print(nums)
c = nums.copy()
c.clear()
print(c, len(nums), list("abc"), list(nums[:2]))
grid = []
for i in range(3):
    row = []
    for j in range(3):
        row.append(i * 3 + j)
    grid.append(row)
print(grid, grid[1][2])
grid[2][0] = -5
print(grid[2])
s = "héllo wörld"
print(s[1:4], s[::-1], s[-5:], s[::2])
