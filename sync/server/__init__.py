"""The central store: an ASGI app (``app``) over SQLAlchemy Core storage (``storage``)."""
