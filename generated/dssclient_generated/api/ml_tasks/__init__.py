"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_ml_task,
        delete_ml_task,
        delete_ml_task_model,
        deploy_ml_task_model_to_flow,
        ensemble_ml_task_models,
        get_ml_task_model_details,
        get_ml_task_model_snippets,
        get_ml_task_settings,
        get_ml_task_status,
        guess_ml_task,
        list_ml_task_queues,
        list_ml_tasks,
        redeploy_ml_task_model_to_flow,
        reguess_ml_task_with_forecasting_params,
        remove_all_ml_task_splits,
        remove_unused_ml_task_splits,
        save_ml_task_settings,
        train_ml_task,
        train_ml_task_queue,
    )

__all__ = (
    "create_ml_task",
    "delete_ml_task",
    "delete_ml_task_model",
    "deploy_ml_task_model_to_flow",
    "ensemble_ml_task_models",
    "get_ml_task_model_details",
    "get_ml_task_model_snippets",
    "get_ml_task_settings",
    "get_ml_task_status",
    "guess_ml_task",
    "list_ml_task_queues",
    "list_ml_tasks",
    "redeploy_ml_task_model_to_flow",
    "reguess_ml_task_with_forecasting_params",
    "remove_all_ml_task_splits",
    "remove_unused_ml_task_splits",
    "save_ml_task_settings",
    "train_ml_task",
    "train_ml_task_queue",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
