# Non-ASCII identifiers are interned in NFKC form (PEP 3131).
ﬁle = 1
ｗｉｄｔｈ = µ = ℌ = 2
def ﬀ(ｘ, *, ｋｅｙ=ﬁle): return ｘ.ｖａｌｕｅ
import ｏｓ.ｐａｔｈ as ℙ
from ｃｏｌｌｅｃｔｉｏｎｓ import ｄｅｑｕｅ
café = café if False else "e\u0301"
