"""Where the official client keeps ``DataikuException`` and ``CallableStr`` (``dataikuapi.utils``)."""

from .dss.utils import CallableStr
from .errors import DataikuException

__all__ = ["CallableStr", "DataikuException"]
