# keelback-error: not supported yet: printing or formatting a built-in function or stream
# sys.stdout as a value can be written to, not printed (it printed sys.argv).
import sys
out = sys.stdout
out.write("ok\n")
print(out)
