"""Offline-first sync between a local SQLite replica and the shared PostgreSQL (no Qt)."""
