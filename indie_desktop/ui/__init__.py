"""Everything Qt: main window, list views, item models, dialogs, the background runner.

The only package (besides app.py) that imports PySide6; it talks to the data through
`indie_desktop.services.workspace.Workspace`, never through the database directly.
"""
