from enum import StrEnum


class DriftColumnParamsHandling(StrEnum):
    AUTO = "AUTO"
    CATEGORICAL = "CATEGORICAL"
    NUMERICAL = "NUMERICAL"

    def __str__(self) -> str:
        return str(self.value)
