"""The reguess of a time series forecasting task after a new time step or forecast horizon.

``DSSTimeseriesForecastingMLTaskSettings.set_time_step`` and ``set_forecast_horizon`` send the new
parameters; DSS sets them in the task's settings and guesses again what depends on them. The
emulator sets them (the time step, or the horizon with the test set's size in horizons) and keeps
the rest of the settings: it trains no forecasting model, so nothing else depends on them here.
"""

from __future__ import annotations

from dssclient._json import is_mapping

from ..automation.access import WRITE, project_for
from ..context import RequestContext
from ..errors import bad_request
from ..models.ml_tasks import MLTasks
from ._registry import handles


@handles("reguessMLTaskWithForecastingParams")
def reguess_ml_task_with_forecasting_params(ctx: RequestContext) -> None:
    body = ctx.body
    if not is_mapping(body):
        raise bad_request("The forecasting parameters are a JSON object")
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        task = state.extension(MLTasks).get(project.key, ctx.path["mlTaskAnalysisId"], ctx.path["mlTaskId"])
        settings = task.settings
        if settings.get("predictionType") != "TIMESERIES_FORECAST":
            raise bad_request(f"ML task {task.mltask_id} is not a time series forecasting task")
        if task.is_training:
            raise bad_request("The ML task is training: wait for the end of its training before reguessing it")
        step = body.get("timestepParams")
        horizon = body.get("forecastHorizon")
        if step is None and horizon is None:
            raise bad_request("Reguessing needs timestepParams or forecastHorizon")
        if step is not None:
            if not is_mapping(step):
                raise bad_request("timestepParams is a JSON object")
            settings["timestepParams"] = dict(step)
        if horizon is not None:
            horizons = body.get("validationHorizons", 1)
            if not isinstance(horizon, int) or horizon < 1 or not isinstance(horizons, int) or horizons < 1:
                raise bad_request("The forecast horizon and the number of validation horizons are positive integers")
            settings["predictionLength"] = horizon
            evaluation = settings.setdefault("evaluationParams", {})
            evaluation["testSize"] = horizon * horizons
