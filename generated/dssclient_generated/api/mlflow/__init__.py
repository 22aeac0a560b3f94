"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        clean_mlflow_experiment_tracking_db,
        create_mlflow_experiment,
        create_mlflow_experiment_tracking_dataset,
        create_mlflow_run,
        delete_mlflow_experiment,
        delete_mlflow_run,
        deploy_mlflow_run_model,
        garbage_collect_mlflow,
        get_mlflow_run,
        import_analysis_models_into_mlflow_experiment,
        list_mlflow_run_models,
        log_mlflow_metric,
        log_mlflow_parameter,
        rename_mlflow_experiment,
        restore_mlflow_experiment,
        restore_mlflow_run,
        search_mlflow_experiments,
        set_mlflow_run_inference_info,
    )

__all__ = (
    "clean_mlflow_experiment_tracking_db",
    "create_mlflow_experiment",
    "create_mlflow_experiment_tracking_dataset",
    "create_mlflow_run",
    "delete_mlflow_experiment",
    "delete_mlflow_run",
    "deploy_mlflow_run_model",
    "garbage_collect_mlflow",
    "get_mlflow_run",
    "import_analysis_models_into_mlflow_experiment",
    "list_mlflow_run_models",
    "log_mlflow_metric",
    "log_mlflow_parameter",
    "rename_mlflow_experiment",
    "restore_mlflow_experiment",
    "restore_mlflow_run",
    "search_mlflow_experiments",
    "set_mlflow_run_inference_info",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
