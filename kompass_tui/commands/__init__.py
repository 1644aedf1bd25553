"""One module per `kompass` subcommand; each is imported only when it runs."""
