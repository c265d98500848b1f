# bytearray: made from a count, bytes, an iterable of ints or encoded text;
# indexed, assigned, sliced, grown and shrunk, compared with bytes, printed.
# also-build
ba = bytearray(3)
print(ba, len(ba), bool(ba), bool(bytearray()))
ba = bytearray(b"abc")
ba[0] = 65
ba[-1] += 1
ba.append(100)
ba.extend(b"xy")
ba.extend([49, 50])
ba.extend(bytearray(b"!"))
print(ba, ba[1], ba[1:3], ba[::-1], bytes(ba), ba.pop(), ba.pop(0), ba.pop(), len(ba))
print(bytearray([1, 2, 3]), bytearray(range(65, 70)), bytearray("héllo", "utf-8"), bytearray(), bytearray(b""))
print(ba.decode(), ba.hex(), list(ba), 98 in ba, b"dx" in ba, bytearray(b"xy") in ba, 7 in ba)
print(ba == bytearray(b"bddxy1"), ba == b"bddxy1", b"bddxy1" == ba, ba != b"", bytearray(b"a") < b"b")
for c in bytearray(b"hi"):
    print(c, end=" ")
print()
d = ba.copy()
d.reverse()
d.insert(0, 33)
d.insert(-1, 63)
d.insert(100, 64)
d.remove(100)
print(d, ba, d + b"!", b"<" + d, ba * 2, 2 * bytearray(b"ab"), ba.count(100), ba.find(b"x"), ba.find(200), ba.index(120))
d.clear()
print(d, repr(bytearray(b"'q\n")), str(bytearray(b"z\"'")), bytearray(b'\\\t\x7f\xff'))
a, b = bytearray(b"ok")
print(a, b, sorted(bytearray(b"cab")), max(bytearray(b"az")), sum(bytearray(b"\x01\x02")))
stack = bytearray()
for ch in b"hello":
    if ch not in stack:
        stack.append(ch)
print(stack, stack.decode("ascii"), len(stack))
x = bytearray(b"x")
x[0] = 300
