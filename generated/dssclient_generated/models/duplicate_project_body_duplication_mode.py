from enum import StrEnum


class DuplicateProjectBodyDuplicationMode(StrEnum):
    FULL = "FULL"
    MINIMAL = "MINIMAL"
    NONE = "NONE"
    SHARING = "SHARING"

    def __str__(self) -> str:
        return str(self.value)
