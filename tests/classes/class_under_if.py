# Class statements under an if or a try at a module's level run once.
import sys

if len(sys.argv) < 100:
    class Mode:
        name = "short"

        def describe(self):
            return "mode " + self.name
else:
    print("never")

try:
    class Failure(Exception):
        pass

    raise Failure("boom")
except Failure as e:
    print(Mode().describe(), repr(e), Failure.__qualname__)
