"""Async handles on DSS objects, at the paths of the sync ones under ``dssclient.aio``."""
