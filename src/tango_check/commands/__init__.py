"""One module per command group; each has `register(app)`. Heavy imports stay inside the commands.

These modules do without `from __future__ import annotations`: typer reads
every command's signature on every run, and string annotations make it
evaluate each one anew (half of what building the command line costs).
Names imported only for type checking are quoted where they are used.
"""
