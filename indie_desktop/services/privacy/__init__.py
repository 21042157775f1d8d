"""Data protection (DSGVO): legal basis, consents, access export, erasure, review."""
