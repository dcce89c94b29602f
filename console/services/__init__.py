"""The thin layer that applies the rules to the store, one transaction per user action."""
