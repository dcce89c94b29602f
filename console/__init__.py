"""Dispatch Console: the dispatcher's desktop for IT service providers."""

__version__ = "0.1.0"
