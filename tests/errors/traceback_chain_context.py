# full-stderr
# An exception raised while handling another: both tracebacks, joined by
# "During handling of the above exception, another exception occurred:".
def handler(d):
    try:
        return d["missing"]
    except KeyError:
        return 1 // 0


handler({"a": 1})
