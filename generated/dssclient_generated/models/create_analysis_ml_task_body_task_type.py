from enum import StrEnum


class CreateAnalysisMLTaskBodyTaskType(StrEnum):
    CLUSTERING = "CLUSTERING"
    PREDICTION = "PREDICTION"

    def __str__(self) -> str:
        return str(self.value)
