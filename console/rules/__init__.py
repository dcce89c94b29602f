"""Domain rules as plain functions over plain data: no database, no window."""
