"""The minimal ``dataiku`` package the emulator gives the Python code of recipes and scenario steps.

The directory is put first on the ``PYTHONPATH`` of the process that runs the code, so that
``import dataiku`` finds ``shim/dataiku``. See that package's docstring for what it offers.
"""
