"""Documents for print: reportlab, headless (no Qt)."""
