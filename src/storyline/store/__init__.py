"""Store: keeps documents and what analysis and tracking found. Keeps; does not compute."""
