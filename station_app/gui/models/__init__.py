"""Lazy, SQL-backed table models."""
