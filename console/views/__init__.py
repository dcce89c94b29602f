"""The Qt layer: windows, views and item models. The core never imports from here."""
