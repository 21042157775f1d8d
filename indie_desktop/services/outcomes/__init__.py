"""What the work led to: the dashboard's figures and the funding report."""
