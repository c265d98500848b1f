# return, break and continue leaving a try with a finally clause: the finally
# body runs on the way out, may replace the return value or drop an exception.
# also-build
def f(x):
    try:
        if x > 0:
            return "pos"
        return "nonpos"
    finally:
        print("finally", x)

print(f(1), f(-1))

def g():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set", x)
print(g())

def override():
    try:
        return 1
    finally:
        return 2
print(override())

def swallow():
    try:
        raise ValueError("boom")
    finally:
        return "swallowed"
print(swallow())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("fin", i)
else:
    print("no break")

def nested():
    out = []
    for i in range(3):
        try:
            try:
                for j in range(3):
                    if j == 1:
                        return out
                    out.append((i, j))
            finally:
                out.append("inner")
        finally:
            out.append("outer")
    return out
print(nested())

def in_except():
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            print("caught", repr(e))
            return "from except"
        finally:
            print("cleanup")
    except Exception:
        print("should not")
print(in_except())

def finally_break_over_return():
    for i in range(3):
        try:
            for j in range(3):
                return ("ret", i, j)
        finally:
            break
    return "broke"
print(finally_break_over_return())

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t, v, tb)
        return False

def with_and_finally():
    try:
        with CM():
            try:
                return 5
            finally:
                print("inner fin")
    finally:
        print("outer fin")
print(with_and_finally())

def while_loop():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("n", n)
    return n
print(while_loop())

def finally_raises():
    try:
        return 1
    finally:
        raise RuntimeError("in finally")
try:
    finally_raises()
except RuntimeError as e:
    print("got", e)

def else_return():
    try:
        pass
    except Exception:
        pass
    else:
        return "else"
    finally:
        print("fin else")
print(else_return())

def gen():
    for i in range(4):
        try:
            if i == 2:
                return
            yield i
        finally:
            pass
print(list(range(2)))

import sys
def exit_in_try():
    try:
        sys.exit(3)
    finally:
        print("finally before exit")
exit_in_try()
