"""One module per command group; each has `register(app)`. Heavy imports stay inside the commands."""
