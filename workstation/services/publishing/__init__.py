"""Publishing to sites: destinations, credentials, the outbox and its worker, pulls."""
