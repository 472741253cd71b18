"""Track: stories, entities across documents, claim status, the timeline, novelty."""
