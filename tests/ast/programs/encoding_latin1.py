# -*- coding: latin-1 -*-
# Latin-1 source: decoded to UTF-8 before lexing; columns count UTF-8 bytes.
café = "déjà vu"; après = "ÿ" + café
s = b"caf\xe9"
print("naïve", après, s)
