"""Editorial Workstation: a desktop workstation for newsroom editors."""

__version__ = "0.1.0"
APP_NAME = "Editorial Workstation"
