"""The provider's master data, entered and kept without the demo generator (issue 18).

Clients with their sites and contacts (`clients`), contracts (`contracts`) and engineers
(`engineers`); `common` holds what they share: the acting user, fields read from plain
values, records. Who may change what is `console.rules.master_data`.
"""
