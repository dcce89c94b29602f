"""Billing as the desk runs it: the month's run, drafts, issuing (C5-C9, E4, E5).

The rules that price and draw live in `console.rules.rating` and `console.rules.billing`;
the per-contract runs in `console.services.monthly` and `console.services.emergency`.
This package is what the window and the command line call: it takes ids and the acting
user, owns the transaction and answers in plain data.
"""
