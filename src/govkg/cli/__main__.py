"""``python -m govkg.cli``: the ``govkg`` command without its installed script."""

import sys

from govkg.cli import main

sys.exit(main())
