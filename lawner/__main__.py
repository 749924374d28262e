"""``python -m lawner ...`` is the same as ``lawner ...``."""

import sys

from .cli import main

sys.exit(main())
