# Builtins of one argument passed as functions: ord, chr, hex, oct, bin, hash.
print(max("hello", key=ord), sorted("banana", key=ord), list(map(ord, "abc")))
print(list(map(chr, [72, 105])), "".join(map(chr, range(97, 100))))
print(list(map(hex, [255, 16])), list(map(bin, range(3))), list(map(oct, [8])))
print(sorted([3, 10, 2], key=hex))
words = ["b", "a"]
print(list(map(hash, [1, 2])) == [1, 2])
print(list(map(ord, ["ab"])))
