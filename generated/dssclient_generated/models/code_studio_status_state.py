from enum import StrEnum


class CodeStudioStatusState(StrEnum):
    RUNNING = "RUNNING"
    STARTING = "STARTING"
    STOPPED = "STOPPED"
    STOPPING = "STOPPING"

    def __str__(self) -> str:
        return str(self.value)
