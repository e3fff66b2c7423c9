"""An app module that fails while it is imported, as a missing setting makes it fail."""
raise RuntimeError("configuration missing: DATABASE_URL")
