# Two modules importing each other: each body runs once.
import a
import b
print(a.both(), b.other())
