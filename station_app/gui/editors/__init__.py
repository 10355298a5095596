"""Record editors built from Qt Designer forms."""
