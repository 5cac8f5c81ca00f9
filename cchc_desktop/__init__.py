"""CCHC Desktop: offline workspace for a ward's Public Administration Service Center."""

__version__ = "0.1.0"
APP_NAME = "CCHC Desktop"
APP_ID = "cchc-desktop"
