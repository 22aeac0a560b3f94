from enum import StrEnum


class CreateScenarioBodyType(StrEnum):
    CUSTOM_PYTHON = "custom_python"
    STEP_BASED = "step_based"

    def __str__(self) -> str:
        return str(self.value)
