"""List a project's Jupyter notebooks and their sessions, as the notebook clean-up scripts do."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("LAB")

content = {
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    "nbformat": 4,
    "nbformat_minor": 5,
    "cells": [{"cell_type": "code", "source": "print(1)", "metadata": {}, "outputs": [], "execution_count": None}],
}
notebook = project.create_jupyter_notebook("explore", content)
print(type(notebook).__name__)

names = [nb.notebook_name for nb in project.list_jupyter_notebooks()]
print(names)
assert names == ["explore"], names
assert project.list_jupyter_notebooks(active=True) == []

saved = notebook.get_content()
assert saved.get_raw()["cells"][0]["source"] in ("print(1)", ["print(1)"]), saved.get_raw()
notebook.delete()
assert project.list_jupyter_notebooks() == []
print("OK")
