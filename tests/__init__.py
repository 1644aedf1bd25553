"""kompass's tests (a package, so that tests import their helpers as `tests.…`).

Bytecode is cached as Python does by default, even where the environment says
PYTHONDONTWRITEBYTECODE (this project's machine does): otherwise every `kompass` a test
starts (hundreds, on pseudo-terminals and as commands) compiles kompass's modules again, and
every pytest worker rewrites and compiles every test module. Set here, the first of the tests'
code to run (before conftest.py imports kompass); the .pyc files go to `__pycache__`, which
git ignores.
"""

import os
import sys

sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
