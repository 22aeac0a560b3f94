"""The models of the instance's areas, one module each, obtained with ``DSSState.extension(Model)``."""
