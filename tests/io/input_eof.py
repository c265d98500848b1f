# input() with nothing left on stdin: EOFError: EOF when reading a line.
print("before")
line = input("prompt> ")
print("never", line)
