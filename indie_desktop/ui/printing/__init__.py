"""Qt side of printing: preview, printing through the system dialog, the print dialogs.

The documents themselves come from the headless PrintService (`workspace.printing`) as PDF
bytes; everything here only shows, prints and saves them, and asks what to print.
"""
