"""The local store: SQLAlchemy model, engine set-up and migrations."""
