"""Handles on DSS objects, at the same module paths as in the official ``dataikuapi.dss``."""
