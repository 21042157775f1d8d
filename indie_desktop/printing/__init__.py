"""Printed documents with reportlab: contact sheets, DIN 5008 letters, mail merge, labels, lists.

Headless (no Qt): the services hand the bytes of a PDF to the UI for preview and printing.
"""
