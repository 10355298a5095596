"""Domain services: validation, permissions, numbering, deadlines. No Qt below this line."""
