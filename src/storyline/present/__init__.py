"""Present: the command line, the web UI and API, and exports."""
