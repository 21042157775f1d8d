"""Institutions, staff, organisations and their timelines."""
