# also-build
import app.core
import app.core.engine as engine
from app import config
from app.core import run
print(app.core.run("build"), engine.run("test"), run("x"))
config.SETTINGS["mode"] = "slow"
print(app.core.engine.run("again"))
