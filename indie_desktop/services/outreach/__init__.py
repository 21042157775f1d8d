"""Carrying the network's needs out to the universities (Bedarfsradar)."""
