"""After a plain ``import dssclient``, the official client's module paths are attributes, imported on first access.

``import dssclient as dataikuapi`` then ``except dataikuapi.utils.DataikuException`` or
``dataikuapi.dss.project.DSSProject`` work as with the official package; ``import dssclient`` alone
still imports none of these modules. Each check runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import dssclient.aio.dss
import dssclient.dss


def run_fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def public_modules(package: object) -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))  # type: ignore[attr-defined]


def test_import_dssclient_imports_no_handle_module() -> None:
    loaded = json.loads(run_fresh("import sys, json, dssclient; print(json.dumps(sorted(sys.modules)))"))
    ours = {name for name in loaded if name.split(".")[0] == "dssclient"}
    assert ours == {"dssclient", "dssclient._version", "dssclient.errors"}
    assert "dssclient.dss.project" not in loaded


def test_the_official_paths_are_attributes_after_a_plain_import() -> None:
    code = """
import sys
import dssclient as dataikuapi

assert "dssclient.utils" not in sys.modules
try:
    raise dataikuapi.NotFoundError(status_code=404, error_type="NotFoundException", message="no such dataset")
except dataikuapi.utils.DataikuException as error:
    caught = error
assert caught is not None
assert dataikuapi.utils.DataikuException is dataikuapi.DataikuException
assert "dssclient.dss.project" not in sys.modules  # dssclient.utils loads no handle module
print(dataikuapi.dssclient.DSSClient.__module__)
print(dataikuapi.dss.project.DSSProject.__module__)
print(dataikuapi.dss.dataset.DSSDatasetListItem.__module__)
print(dataikuapi.aio.dssclient.AsyncDSSClient.__module__)
print(dataikuapi.aio.dss.project.AsyncDSSProject.__module__)
"""
    assert run_fresh(code).split() == [
        "dssclient.dssclient",
        "dssclient.dss.project",
        "dssclient.dss.dataset",
        "dssclient.aio.dssclient",
        "dssclient.aio.dss.project",
    ]


def test_every_public_handle_module_is_reachable_as_an_attribute() -> None:
    sync_modules, async_modules = public_modules(dssclient.dss), public_modules(dssclient.aio.dss)
    assert {"project", "dataset", "recipe", "admin", "future", "utils"} <= set(sync_modules)
    code = f"""
import dssclient
for name in {sync_modules!r}:
    assert getattr(dssclient.dss, name).__name__ == "dssclient.dss." + name, name
for name in {async_modules!r}:
    assert getattr(dssclient.aio.dss, name).__name__ == "dssclient.aio.dss." + name, name
assert set({sync_modules!r}) <= set(dir(dssclient.dss)) and "dss" in dir(dssclient)
print("ok")
"""
    assert run_fresh(code).split() == ["ok"]


def test_unknown_names_and_private_modules_stay_attribute_errors() -> None:
    code = """
import dssclient
for owner, name in ((dssclient, "nope"), (dssclient.dss, "nope"), (dssclient.dss, "_files"),
                    (dssclient.aio, "nope"), (dssclient.aio.dss, "_waiting")):
    try:
        getattr(owner, name)
    except AttributeError as error:
        print(type(error).__name__, name in str(error))
    else:
        print("found", owner.__name__, name)
"""
    assert run_fresh(code).split() == ["AttributeError", "True"] * 5


def test_first_accesses_from_many_threads_at_once() -> None:
    code = """
import threading
import dssclient

paths = ["dss.project.DSSProject", "dss.dataset.DSSDatasetListItem", "dss.recipe.DSSRecipe",
         "aio.dss.scenario.AsyncDSSScenario", "utils.DataikuException", "dssclient.DSSClient",
         "dss.admin.DSSUser", "aio.dss.job.AsyncDSSJob"] * 4
found, barrier = [], threading.Barrier(len(paths))

def reach(path):
    barrier.wait()
    value = dssclient
    for part in path.split("."):
        value = getattr(value, part)
    found.append(value.__name__)

threads = [threading.Thread(target=reach, args=(path,)) for path in paths]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(60)
print(len(found) == len(paths))
"""
    assert run_fresh(code).split() == ["True"]
