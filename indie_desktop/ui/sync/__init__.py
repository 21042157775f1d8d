"""Offline replica in the UI: status bar state, the sync action and the conflict list."""
