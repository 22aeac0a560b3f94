"""The async variant of dssclient: ``AsyncDSSClient`` and its handles (``AsyncDSSProject``, ...).

This package holds the code written by hand; the sync variant (``dssclient.DSSClient``,
``dssclient.dss.*``) is derived from it by ``scripts/unasync.py``. Every handle class
``AsyncX`` here has the public methods and signatures of its sync twin ``X``, its calls
being coroutines. Import the client from the top package: ``from dssclient import AsyncDSSClient``.
"""
