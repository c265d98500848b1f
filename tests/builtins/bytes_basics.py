# also-build
# bytes: literals, indexing, slicing, iteration, in, + and *, comparisons,
# repr, bytes(), encode()/decode(), hex()/fromhex(), methods, hashing.
b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2])
print(b'a' + b'bc', b'ab' * 3, 2 * b'x', b == b'hello world', b != b'x', b < b'z', b'abc' > b'abd')
print(104 in b, b'wor' in b, b'xyz' not in b)
for c in b'hi':
    print(c)
print(list(b'abc'), bytes(3), bytes([65, 66, 67]), bytes(range(65, 70)), bytes(), bytes((1, 2)), bytes(b'q'))
s = 'héllo'
e = s.encode()
print(e, e.decode(), s.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'))
print(bytes('hé', 'utf-8'), 'aé'.encode('ascii', 'replace'), 'aé'.encode('ascii', errors='ignore'))
print(b.hex(), bytes.fromhex('68 69'), b'\x00\x01\x7f\x80\xff', repr(b"it's"), str(b'a"b'))
print(b.startswith(b'hell'), b.endswith(b'ld'), b.endswith((b'x', b'd')), b.find(b'o'), b.rfind(b'o'), b.find(111), b.count(b'l'), b.index(b'w'))
print(b.split(), b.split(b'o'), b'a,b,c'.split(b',', 1), b'-'.join([b'a', b'b']), b'  x  '.strip(), b'xxaxx'.strip(b'x'), b'  x '.lstrip(), b' x  '.rstrip())
print(b.upper(), b'ABC'.lower(), b.replace(b'l', b'L'), b.replace(b'l', b'', 1))
d = {b'k': 1, b'j': 2}
print(d[b'k'], b'j' in d, hash(b'abc') == hash(b'abc'), hash(b'') , {b'x', b'x', b'y'} == {b'y', b'x'})
print(f"{b'fmt'}", str(b'\n\t\\'), type(b), type(b) is bytes, bool(b''), bool(b'x'))
x = None
x = b'opt'
if x is not None:
    print(x)
try:
    b'abc'[5]
except IndexError as err:
    print("IndexError:", err)
try:
    bytes(-1)
except ValueError as err:
    print("ValueError:", err)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as err:
    print("UnicodeEncodeError:", err)
try:
    b'a' + 'b'
except TypeError as err:
    print("TypeError:", err)
try:
    'a' in b'abc'
except TypeError as err:
    print("TypeError:", err)
print(b'\xff\xfe'.decode('utf-8', 'replace'))
b'\xff'.decode()
