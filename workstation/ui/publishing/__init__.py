"""Publishing in the window: destinations, the publish dialog, the outbox and its worker,
conflicts, pull, and where the open article is on the sites."""

from workstation.ui.publishing.controller import PublishingController

__all__ = ["PublishingController"]
