"""Small reusable input widgets (pickers) used by the dialogs and views."""
