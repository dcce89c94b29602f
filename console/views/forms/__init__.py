"""Qt Designer forms from ui/, compiled by pyside6-uic (regenerate: python ui/compile_forms.py)."""
