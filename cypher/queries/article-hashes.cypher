// Every loaded article with its content hash, so a loader can skip the unchanged ones.
MATCH (a:Article)
RETURN a.id AS id, a.contentHash AS hash
