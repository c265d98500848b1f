# chr, ord, hex, oct, bin, hash, id; ValueError from chr().
print(chr(97), chr(0x1F600), ord('é'), ord('\n'), [chr(i) for i in range(65, 70)])
print(hex(0), hex(-1), hex(2**70), oct(-8), bin(0), bin(255), hex(False))
print(hash(0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(10**20))
print(hash(0.5), hash(-1.0), hash(1e100), hash(float('inf')), hash((1, 'a')) == hash((1, 'a')), hash((1, 2.5, None)) if False else hash((1, 2)))
print(hash('abc') == hash('abc'), hash(True), hash(None) == hash(None))
x = [1]
print(id(x) == id(x), id(x) != id([1]))
try:
    ord('ab')
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    hash([1])
except TypeError as e:
    print(e)
chr(-1)
