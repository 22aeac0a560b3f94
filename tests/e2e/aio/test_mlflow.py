"""Experiment tracking through DSS's MLflow extension, end to end against the emulator: experiments and runs
(created as the mlflow package creates them), listing, renaming, deleting and restoring, garbage collection,
inference information, the experiments dataset, and cleaning a project's tracking data."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, ConflictError, NotFoundError, PermissionDeniedError
from dssclient.aio.dss.mlflow import AsyncDSSMLflowExtension
from dssclient.emulator.models.mlflow import MlflowModel

pytestmark = pytest.mark.anyio  # unasync: remove


async def tracking(client: AsyncDSSClient, key: str = "ML") -> AsyncDSSMLflowExtension:
    project = await client.create_project(
        key, key, "admin", permissions=[{"group": "readers", "readProjectContent": True}]
    )
    extension = project.get_mlflow_extension()
    assert isinstance(extension, AsyncDSSMLflowExtension) and extension.project_key == key
    return extension


def names(listing: Any) -> list[str]:
    return [e["name"] for e in listing.get("experiments", [])]


async def test_experiments_are_listed_renamed_deleted_and_restored(client: AsyncDSSClient) -> None:
    mlflow = await tracking(client)
    assert await mlflow.list_experiments() == {}
    churn = await mlflow.create_experiment("churn", tags={"team": "data"})
    prices = await mlflow.create_experiment("prices")
    listed = await mlflow.list_experiments()
    assert names(listed) == ["churn", "prices"]
    first = listed["experiments"][0]
    assert first["experiment_id"] == churn and first["lifecycle_stage"] == "active"
    assert first["tags"] == [{"key": "team", "value": "data"}]
    assert names(await mlflow.list_experiments(max_results=1)) == ["churn"]

    assert await mlflow.rename_experiment(prices, "house prices") == {}
    assert names(await mlflow.list_experiments()) == ["churn", "house prices"]
    with pytest.raises(ConflictError):
        await mlflow.rename_experiment(prices, "churn")
    with pytest.raises(ConflictError):
        await mlflow.create_experiment("churn")

    await mlflow.delete_experiment(churn)
    assert names(await mlflow.list_experiments()) == ["house prices"]
    assert names(await mlflow.list_experiments("DELETED_ONLY")) == ["churn"]
    assert names(await mlflow.list_experiments("ALL")) == ["churn", "house prices"]
    assert await mlflow.restore_experiment(churn) == {}
    assert names(await mlflow.list_experiments()) == ["churn", "house prices"]
    with pytest.raises(BadRequestError, match="not deleted"):
        await mlflow.restore_experiment(churn)
    with pytest.raises(NotFoundError):
        await mlflow.rename_experiment("999", "x")
    with pytest.raises(ValueError, match="view_type"):
        await mlflow.list_experiments("EVERYTHING")


async def test_runs_log_and_are_deleted_restored_and_collected(client: AsyncDSSClient) -> None:
    mlflow = await tracking(client)
    experiment = await mlflow.create_experiment("churn")
    run = await mlflow.create_run(experiment, run_name="baseline", start_time=1700000000000)
    run_id = run["info"]["run_id"]
    assert run["info"]["status"] == "RUNNING" and run["info"]["user_id"] == "admin"
    await mlflow.log_param(run_id, "max_depth", 5)
    await mlflow.log_metric(run_id, "auc", 0.8, step=0, timestamp=1)
    await mlflow.log_metric(run_id, "auc", 0.9, step=1, timestamp=2)
    read = await mlflow.get_run(run_id)
    assert read["data"]["params"] == [{"key": "max_depth", "value": "5"}]
    assert read["data"]["metrics"] == [{"key": "auc", "value": 0.9, "timestamp": 2, "step": 1}]
    with pytest.raises(BadRequestError, match="cannot change"):
        await mlflow.log_param(run_id, "max_depth", 6)
    assert await mlflow.list_models(run_id) == []  # the emulator stores no artifact, hence no model

    await mlflow.delete_run(run_id)
    assert (await mlflow.get_run(run_id))["info"]["lifecycle_stage"] == "deleted"
    with pytest.raises(BadRequestError, match="deleted"):
        await mlflow.log_metric(run_id, "auc", 1.0)
    assert await mlflow.restore_run(run_id) == {}
    assert (await mlflow.get_run(run_id))["info"]["lifecycle_stage"] == "active"

    # Deleting an experiment deletes its runs; restoring it restores them; collecting makes it final.
    kept = (await mlflow.create_run(experiment))["info"]["run_id"]
    dropped = (await mlflow.create_run(experiment))["info"]["run_id"]
    await mlflow.delete_run(dropped)
    await mlflow.garbage_collect()
    with pytest.raises(NotFoundError):
        await mlflow.get_run(dropped)
    await mlflow.delete_experiment(experiment)
    assert (await mlflow.get_run(kept))["info"]["lifecycle_stage"] == "deleted"
    await mlflow.restore_experiment(experiment)
    assert (await mlflow.get_run(kept))["info"]["lifecycle_stage"] == "active"
    await mlflow.delete_experiment(experiment)
    await mlflow.garbage_collect()
    assert await mlflow.list_experiments("ALL") == {}
    with pytest.raises(NotFoundError):
        await mlflow.get_run(kept)


async def test_inference_info_is_checked_and_kept(client: AsyncDSSClient, dss_emulator: Any) -> None:
    mlflow = await tracking(client)
    run_id = (await mlflow.create_run(await mlflow.create_experiment("churn")))["info"]["run_id"]
    await mlflow.set_run_inference_info(
        run_id, "BINARY_CLASSIFICATION", [0, 1], code_env_name="py311", target="churned"
    )
    with dss_emulator.state.lock:
        kept = dss_emulator.state.extension(MlflowModel).run("ML", run_id).inference_info
    assert kept == {
        "predictionType": "BINARY_CLASSIFICATION",
        "classes": ["0", "1"],
        "codeEnvName": "py311",
        "target": "churned",
    }
    with pytest.raises(ValueError, match="Classes must be specified"):
        await mlflow.set_run_inference_info(run_id, "MULTICLASS")
    with pytest.raises(ValueError, match="only for BINARY_CLASSIFICATION or MULTICLASS"):
        await mlflow.set_run_inference_info(run_id, "REGRESSION", ["a"])
    with pytest.raises(ValueError, match="Invalid prediction type"):
        await mlflow.set_run_inference_info(run_id, "RANKING")
    with pytest.raises(NotFoundError):
        await mlflow.set_run_inference_info("0" * 32, "REGRESSION")


async def test_the_experiments_dataset_is_created(client: AsyncDSSClient) -> None:
    mlflow = await tracking(client)
    experiment = await mlflow.create_experiment("churn")
    await mlflow.create_experiment_tracking_dataset("runs", experiment_ids=[experiment], format="JSON")
    settings = await mlflow.project.get_dataset("runs").get_settings()
    raw = settings.get_raw()
    assert raw["type"] == "ExperimentsDB"
    assert raw["params"]["experimentIds"] == [experiment] and raw["params"]["format"] == "JSON"
    with pytest.raises(ConflictError):
        await mlflow.create_experiment_tracking_dataset("runs")
    with pytest.raises(NotFoundError):
        await mlflow.create_experiment_tracking_dataset("other", experiment_ids=["42"])
    with pytest.raises(BadRequestError, match="format"):
        await mlflow.create_experiment_tracking_dataset("other", format="WIDE")


async def test_readers_read_and_only_administrators_clean(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    mlflow = await tracking(client)
    experiment = await mlflow.create_experiment("churn")
    run_id = (await mlflow.create_run(experiment))["info"]["run_id"]
    as_reader = reader_client.get_project("ML").get_mlflow_extension()
    assert names(await as_reader.list_experiments()) == ["churn"]
    assert (await as_reader.get_run(run_id))["info"]["run_id"] == run_id
    with pytest.raises(PermissionDeniedError):
        await as_reader.create_experiment("mine")
    with pytest.raises(PermissionDeniedError):
        await as_reader.rename_experiment(experiment, "mine")
    with pytest.raises(PermissionDeniedError):
        await as_reader.garbage_collect()
    with pytest.raises(PermissionDeniedError):
        await as_reader.clean_experiment_tracking_db()
    other = await tracking(client, "OTHER")
    assert await other.list_experiments() == {}  # experiments belong to their project

    await mlflow.clean_experiment_tracking_db()
    assert await mlflow.list_experiments("ALL") == {}
    with pytest.raises(NotFoundError):
        await mlflow.get_run(run_id)
    await mlflow.create_experiment("churn")  # the name is free again
    assert names(await mlflow.list_experiments()) == ["churn"]


async def test_importing_unknown_visual_models_is_refused(client: AsyncDSSClient) -> None:
    # No visual analysis trained a model in this project: every model id is unknown, as DSS says.
    mlflow = await tracking(client)
    experiment = await mlflow.create_experiment("churn")
    with pytest.raises(NotFoundError, match="A-ML-a1-t1-s1-pp1-m1"):
        await mlflow.import_analyses_models_into_experiment(["A-ML-a1-t1-s1-pp1-m1"], experiment)
    with pytest.raises(NotFoundError):
        await mlflow.import_analyses_models_into_experiment([], "999")
    await mlflow.delete_experiment(experiment)
    with pytest.raises(BadRequestError, match="deleted"):
        await mlflow.import_analyses_models_into_experiment([], experiment)
    await mlflow.restore_experiment(experiment)
    await mlflow.import_analyses_models_into_experiment([], experiment)  # nothing to import: nothing changes
    assert (await mlflow.list_experiments())["experiments"][0]["name"] == "churn"
