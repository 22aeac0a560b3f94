"""The emulator's models of areas of DSS, one module each, kept by ``DSSState.extension(Model)``."""
