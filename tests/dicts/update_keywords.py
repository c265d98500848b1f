# dict.update with keyword arguments (after the positional mapping's items).
d = dict(a=1, b=2)
d.update(c=3)
d.update({"a": 0}, b=9, e=5)
print(d)
cfg = {"x": "1"}
cfg.update(y="2", x="3")
print(cfg)
