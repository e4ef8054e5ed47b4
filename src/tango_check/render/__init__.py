"""Renderers: each turns an `Assessment` into text, nothing more."""
