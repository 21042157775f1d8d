"""The network's data model: SQLAlchemy models, enums and value validation. No Qt, no I/O."""
