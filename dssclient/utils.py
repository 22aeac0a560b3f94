"""Where the official client keeps ``DataikuException`` (``dataikuapi.utils``)."""

from .errors import DataikuException

__all__ = ["DataikuException"]
