"""The emulator's small DSS runtime: datasets that hold rows, recipes, jobs, scenarios, metrics.

A dataset's rows live on disk under the emulator's working directory (``store``); a job runs
its recipes' activities in dependency order on a background thread (``jobs``, ``executors``;
Python code in a subprocess, ``python``); a scenario run executes its steps (``scenarios``);
metrics and checks are computed from the stored rows (``metrics``). Each area is a model
obtained with ``DSSState.extension``; ``access`` says who may do what in a project.
"""
