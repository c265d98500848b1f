# Decoding bytes that are not UTF-8: UnicodeDecodeError with CPython's message.
for data in [b'\xe9a', b'\xe2\x82', b'ok', b'\xe2\x82a']:
    try:
        print(data.decode())
    except UnicodeDecodeError as e:
        print(e)
print(b'a\xffb'.decode('utf-8', 'ignore'), b'\xe9'.decode('latin-1'))
b'a\xffb'.decode()
