"""`kompass` and `python -m kompass_tui`: the command line, its modules loaded without
Python's cycle collector.

Loading them makes tens of thousands of objects and no garbage, which the collector walked
some twenty times before the command had read a byte (#23). Once loaded they are frozen
(`gc.freeze`): the collections that follow, in the workbench too, pass over them.
"""

import gc
import sys


def main() -> int:
    """Run `kompass` with the arguments of the process (see `kompass_tui.cli.main`)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from kompass_tui.cli import main as run_command
    finally:
        if collecting:
            gc.freeze()
            gc.enable()
    return run_command()


if __name__ == "__main__":
    sys.exit(main())
