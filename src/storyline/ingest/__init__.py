"""Ingest: read every kind of source into `Document`s. Reads sources only; never stores."""
