"""The main window's views: record lists with a detail pane."""
