from enum import StrEnum


class CreateMLTaskBodyTaskType(StrEnum):
    CLUSTERING = "CLUSTERING"
    PREDICTION = "PREDICTION"

    def __str__(self) -> str:
        return str(self.value)
