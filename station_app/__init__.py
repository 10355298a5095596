"""Station App: offline records, reports and USB sync for community-police stations."""

__version__ = "0.1.0"
