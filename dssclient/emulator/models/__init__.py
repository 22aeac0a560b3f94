"""The emulator's models of DSS's areas, one module per area, each kept by ``DSSState.extension``."""
