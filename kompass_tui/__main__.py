"""Allow `python -m kompass_tui`."""

import sys

from kompass_tui.cli import main

sys.exit(main())
