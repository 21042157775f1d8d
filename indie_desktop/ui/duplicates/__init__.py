"""Bearbeiten → Dubletten suchen…: the duplicate finder and the merge dialog."""
