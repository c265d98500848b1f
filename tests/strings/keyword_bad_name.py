# keelback-error: not supported yet: keyword argument 'count' of str.replace()
print("aaa".replace("a", "b", count=1))
