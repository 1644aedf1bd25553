"""One module per `kompass` subcommand, each with `configure(parser)` and `run(args)`."""
