from enum import StrEnum


class EnsembleMLTaskModelsBodyMethod(StrEnum):
    AVERAGE = "AVERAGE"
    LINEAR_MODEL = "LINEAR_MODEL"
    LOGISTIC_MODEL = "LOGISTIC_MODEL"
    MEDIAN = "MEDIAN"
    PROBA_AVERAGE = "PROBA_AVERAGE"
    VOTE = "VOTE"

    def __str__(self) -> str:
        return str(self.value)
