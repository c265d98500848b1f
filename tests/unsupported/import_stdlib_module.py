# keelback-error: not supported yet: importing module 'json'
# A module that exists (here in the standard library) is not compiled yet; one that exists nowhere raises ModuleNotFoundError (modules/missing_module.py).
import json
print(json.dumps([1]))
