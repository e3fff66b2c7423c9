"""The pytest plugin of `api-replay pytest run|find-polluter`, as `-p` names it: the hooks of
`api_test_explorer._plugin`, which documents them.

PYTEST_DONT_REWRITE: pytest imports a `-p` module through its assertion-rewriting loader, which
compiles the module from source at every run where it cannot keep its own byte code (a
read-only install, PYTHONDONTWRITEBYTECODE). This module is these few lines; the plugin is
imported the ordinary way, from the byte code the package ships.
"""
from api_test_explorer._plugin import *  # noqa: F401,F403 (the hooks, listed in __all__)
