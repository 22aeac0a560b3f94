# Derived from tests/e2e/aio/test_mlflow.py by scripts/unasync.py: do not edit.
"""Experiment tracking through DSS's MLflow extension, end to end against the emulator: experiments and runs
(created as the mlflow package creates them), listing, renaming, deleting and restoring, garbage collection,
inference information, the experiments dataset, and cleaning a project's tracking data."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import BadRequestError, ConflictError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.mlflow import DSSMLflowExtension
from dssclient.emulator.models.mlflow import MlflowModel


def tracking(client: DSSClient, key: str = "ML") -> DSSMLflowExtension:
    project = client.create_project(key, key, "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    extension = project.get_mlflow_extension()
    assert isinstance(extension, DSSMLflowExtension) and extension.project_key == key
    return extension


def names(listing: Any) -> list[str]:
    return [e["name"] for e in listing.get("experiments", [])]


def test_experiments_are_listed_renamed_deleted_and_restored(client: DSSClient) -> None:
    mlflow = tracking(client)
    assert mlflow.list_experiments() == {}
    churn = mlflow.create_experiment("churn", tags={"team": "data"})
    prices = mlflow.create_experiment("prices")
    listed = mlflow.list_experiments()
    assert names(listed) == ["churn", "prices"]
    first = listed["experiments"][0]
    assert first["experiment_id"] == churn and first["lifecycle_stage"] == "active"
    assert first["tags"] == [{"key": "team", "value": "data"}]
    assert names(mlflow.list_experiments(max_results=1)) == ["churn"]

    assert mlflow.rename_experiment(prices, "house prices") == {}
    assert names(mlflow.list_experiments()) == ["churn", "house prices"]
    with pytest.raises(ConflictError):
        mlflow.rename_experiment(prices, "churn")
    with pytest.raises(ConflictError):
        mlflow.create_experiment("churn")

    mlflow.delete_experiment(churn)
    assert names(mlflow.list_experiments()) == ["house prices"]
    assert names(mlflow.list_experiments("DELETED_ONLY")) == ["churn"]
    assert names(mlflow.list_experiments("ALL")) == ["churn", "house prices"]
    assert mlflow.restore_experiment(churn) == {}
    assert names(mlflow.list_experiments()) == ["churn", "house prices"]
    with pytest.raises(BadRequestError, match="not deleted"):
        mlflow.restore_experiment(churn)
    with pytest.raises(NotFoundError):
        mlflow.rename_experiment("999", "x")
    with pytest.raises(ValueError, match="view_type"):
        mlflow.list_experiments("EVERYTHING")


def test_runs_log_and_are_deleted_restored_and_collected(client: DSSClient) -> None:
    mlflow = tracking(client)
    experiment = mlflow.create_experiment("churn")
    run = mlflow.create_run(experiment, run_name="baseline", start_time=1700000000000)
    run_id = run["info"]["run_id"]
    assert run["info"]["status"] == "RUNNING" and run["info"]["user_id"] == "admin"
    mlflow.log_param(run_id, "max_depth", 5)
    mlflow.log_metric(run_id, "auc", 0.8, step=0, timestamp=1)
    mlflow.log_metric(run_id, "auc", 0.9, step=1, timestamp=2)
    read = mlflow.get_run(run_id)
    assert read["data"]["params"] == [{"key": "max_depth", "value": "5"}]
    assert read["data"]["metrics"] == [{"key": "auc", "value": 0.9, "timestamp": 2, "step": 1}]
    with pytest.raises(BadRequestError, match="cannot change"):
        mlflow.log_param(run_id, "max_depth", 6)
    assert mlflow.list_models(run_id) == []  # the emulator stores no artifact, hence no model

    mlflow.delete_run(run_id)
    assert (mlflow.get_run(run_id))["info"]["lifecycle_stage"] == "deleted"
    with pytest.raises(BadRequestError, match="deleted"):
        mlflow.log_metric(run_id, "auc", 1.0)
    assert mlflow.restore_run(run_id) == {}
    assert (mlflow.get_run(run_id))["info"]["lifecycle_stage"] == "active"

    # Deleting an experiment deletes its runs; restoring it restores them; collecting makes it final.
    kept = (mlflow.create_run(experiment))["info"]["run_id"]
    dropped = (mlflow.create_run(experiment))["info"]["run_id"]
    mlflow.delete_run(dropped)
    mlflow.garbage_collect()
    with pytest.raises(NotFoundError):
        mlflow.get_run(dropped)
    mlflow.delete_experiment(experiment)
    assert (mlflow.get_run(kept))["info"]["lifecycle_stage"] == "deleted"
    mlflow.restore_experiment(experiment)
    assert (mlflow.get_run(kept))["info"]["lifecycle_stage"] == "active"
    mlflow.delete_experiment(experiment)
    mlflow.garbage_collect()
    assert mlflow.list_experiments("ALL") == {}
    with pytest.raises(NotFoundError):
        mlflow.get_run(kept)


def test_inference_info_is_checked_and_kept(client: DSSClient, dss_emulator: Any) -> None:
    mlflow = tracking(client)
    run_id = (mlflow.create_run(mlflow.create_experiment("churn")))["info"]["run_id"]
    mlflow.set_run_inference_info(run_id, "BINARY_CLASSIFICATION", [0, 1], code_env_name="py311", target="churned")
    with dss_emulator.state.lock:
        kept = dss_emulator.state.extension(MlflowModel).run("ML", run_id).inference_info
    assert kept == {
        "predictionType": "BINARY_CLASSIFICATION",
        "classes": ["0", "1"],
        "codeEnvName": "py311",
        "target": "churned",
    }
    with pytest.raises(ValueError, match="Classes must be specified"):
        mlflow.set_run_inference_info(run_id, "MULTICLASS")
    with pytest.raises(ValueError, match="only for BINARY_CLASSIFICATION or MULTICLASS"):
        mlflow.set_run_inference_info(run_id, "REGRESSION", ["a"])
    with pytest.raises(ValueError, match="Invalid prediction type"):
        mlflow.set_run_inference_info(run_id, "RANKING")
    with pytest.raises(NotFoundError):
        mlflow.set_run_inference_info("0" * 32, "REGRESSION")


def test_the_experiments_dataset_is_created(client: DSSClient) -> None:
    mlflow = tracking(client)
    experiment = mlflow.create_experiment("churn")
    mlflow.create_experiment_tracking_dataset("runs", experiment_ids=[experiment], format="JSON")
    settings = mlflow.project.get_dataset("runs").get_settings()
    raw = settings.get_raw()
    assert raw["type"] == "ExperimentsDB"
    assert raw["params"]["experimentIds"] == [experiment] and raw["params"]["format"] == "JSON"
    with pytest.raises(ConflictError):
        mlflow.create_experiment_tracking_dataset("runs")
    with pytest.raises(NotFoundError):
        mlflow.create_experiment_tracking_dataset("other", experiment_ids=["42"])
    with pytest.raises(BadRequestError, match="format"):
        mlflow.create_experiment_tracking_dataset("other", format="WIDE")


def test_readers_read_and_only_administrators_clean(client: DSSClient, reader_client: DSSClient) -> None:
    mlflow = tracking(client)
    experiment = mlflow.create_experiment("churn")
    run_id = (mlflow.create_run(experiment))["info"]["run_id"]
    as_reader = reader_client.get_project("ML").get_mlflow_extension()
    assert names(as_reader.list_experiments()) == ["churn"]
    assert (as_reader.get_run(run_id))["info"]["run_id"] == run_id
    with pytest.raises(PermissionDeniedError):
        as_reader.create_experiment("mine")
    with pytest.raises(PermissionDeniedError):
        as_reader.rename_experiment(experiment, "mine")
    with pytest.raises(PermissionDeniedError):
        as_reader.garbage_collect()
    with pytest.raises(PermissionDeniedError):
        as_reader.clean_experiment_tracking_db()
    other = tracking(client, "OTHER")
    assert other.list_experiments() == {}  # experiments belong to their project

    mlflow.clean_experiment_tracking_db()
    assert mlflow.list_experiments("ALL") == {}
    with pytest.raises(NotFoundError):
        mlflow.get_run(run_id)
    mlflow.create_experiment("churn")  # the name is free again
    assert names(mlflow.list_experiments()) == ["churn"]


def test_importing_unknown_visual_models_is_refused(client: DSSClient) -> None:
    # No visual analysis trained a model in this project: every model id is unknown, as DSS says.
    mlflow = tracking(client)
    experiment = mlflow.create_experiment("churn")
    with pytest.raises(NotFoundError, match="A-ML-a1-t1-s1-pp1-m1"):
        mlflow.import_analyses_models_into_experiment(["A-ML-a1-t1-s1-pp1-m1"], experiment)
    with pytest.raises(NotFoundError):
        mlflow.import_analyses_models_into_experiment([], "999")
    mlflow.delete_experiment(experiment)
    with pytest.raises(BadRequestError, match="deleted"):
        mlflow.import_analyses_models_into_experiment([], experiment)
    mlflow.restore_experiment(experiment)
    mlflow.import_analyses_models_into_experiment([], experiment)  # nothing to import: nothing changes
    assert (mlflow.list_experiments())["experiments"][0]["name"] == "churn"
