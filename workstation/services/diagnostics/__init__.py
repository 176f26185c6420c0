"""What the app tells its support: the rotating log and the problem report (Qt-free)."""
