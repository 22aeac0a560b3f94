from enum import StrEnum


class CreateEvaluationComparisonBodyPredictionType(StrEnum):
    AGENT = "AGENT"
    BINARY_CLASSIFICATION = "BINARY_CLASSIFICATION"
    CAUSAL_BINARY_CLASSIFICATION = "CAUSAL_BINARY_CLASSIFICATION"
    CAUSAL_REGRESSION = "CAUSAL_REGRESSION"
    LLM = "LLM"
    MULTICLASS = "MULTICLASS"
    REGRESSION = "REGRESSION"
    TIMESERIES_FORECAST = "TIMESERIES_FORECAST"

    def __str__(self) -> str:
        return str(self.value)
