from enum import StrEnum


class CopyManagedFolderBodyWriteMode(StrEnum):
    APPEND = "APPEND"
    OVERWRITE = "OVERWRITE"

    def __str__(self) -> str:
        return str(self.value)
