"""Reading and writing the files users exchange with other programs (pure Python, no Qt)."""
