"""Many callers at once on one client: threads on a DSSClient, tasks on an AsyncDSSClient, together.

Each worker owns a project in which it creates, saves and deletes datasets, and every worker
saves whole variable documents into one shared project. Afterwards the state is audited:
every worker's last writes are there and nothing it deleted is (nothing lost), and the shared
document is exactly one of the documents written, never a blend of two (nothing torn).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from typing import Any

from dssclient import AsyncDSSClient, DSSClient
from tests.conftest import admin_key

ROUNDS = 12
THREADS = 8
TASKS = 8


def document(worker: str, round_number: int) -> dict[str, Any]:
    """A variables document that says who wrote it, and whose checksum shows if it was blended."""
    payload = {"writer": worker, "round": round_number, "filler": [worker] * 20}
    digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
    return {"standard": {**payload, "digest": digest}, "local": {"writer": worker}}


def sync_worker(client: DSSClient, worker: str, errors: list[BaseException]) -> None:
    try:
        project = client.create_project(worker, worker, "admin")
        shared = client.get_project("SHARED")
        for round_number in range(ROUNDS):
            dataset = project.create_dataset(f"d{round_number}", "Inline")
            settings = dataset.get_settings()
            settings.get_raw()["description"] = f"{worker} round {round_number}"
            settings.save()
            if round_number % 3 == 0:
                dataset.delete()
            shared.set_variables(document(worker, round_number))
    except BaseException as error:  # reported by the test
        errors.append(error)


async def async_worker(client: AsyncDSSClient, worker: str) -> None:
    project = await client.create_project(worker, worker, "admin")
    shared = client.get_project("SHARED")
    for round_number in range(ROUNDS):
        dataset = await project.create_dataset(f"d{round_number}", "Inline")
        settings = await dataset.get_settings()
        settings.get_raw()["description"] = f"{worker} round {round_number}"
        await settings.save()
        if round_number % 3 == 0:
            await dataset.delete()
        await shared.set_variables(document(worker, round_number))


def test_threads_and_tasks_lose_nothing_and_tear_nothing(dss_emulator: Any) -> None:
    url, key = dss_emulator.url, admin_key(dss_emulator)
    errors: list[BaseException] = []
    with DSSClient(url, key) as client:
        client.create_project("SHARED", "Shared", "admin")
        threads = [
            threading.Thread(target=sync_worker, args=(client, f"THREAD_{index}", errors)) for index in range(THREADS)
        ]

        async def tasks() -> None:
            async with AsyncDSSClient(url, key) as async_client:
                await asyncio.gather(*(async_worker(async_client, f"TASK_{index}") for index in range(TASKS)))

        loop_thread = threading.Thread(target=lambda: asyncio.run(tasks()))
        for thread in [*threads, loop_thread]:
            thread.start()
        for thread in [*threads, loop_thread]:
            thread.join(timeout=120)
        assert not errors, errors

        workers = [f"THREAD_{i}" for i in range(THREADS)] + [f"TASK_{i}" for i in range(TASKS)]
        assert sorted(client.list_project_keys()) == sorted(["SHARED", *workers])
        for worker in workers:
            project = client.get_project(worker)
            kept = [f"d{r}" for r in range(ROUNDS) if r % 3]
            assert sorted(item.name for item in project.list_datasets()) == sorted(kept), worker
            for name in kept:
                description = project.get_dataset(name).get_settings().get_raw()["description"]
                assert description == f"{worker} round {name[1:]}"
        shared = client.get_project("SHARED").get_variables()
        written = {json.dumps(document(w, r), sort_keys=True) for w in workers for r in range(ROUNDS)}
        assert json.dumps(shared, sort_keys=True) in written, "the shared document is a blend of two writes"
        assert shared["standard"]["round"] == ROUNDS - 1
