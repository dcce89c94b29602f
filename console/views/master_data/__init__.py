"""The master-data tabs: clients (with sites and contacts), contracts and engineers (issue 18).

Each tab lists a kind's records from its service (`console.services.master_data`), shows
the selected one with its history, and adds, edits or deactivates through one generic
record dialog whose fields come from the kind's field registry.
"""
