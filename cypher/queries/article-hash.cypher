// The content hash of the article as last loaded.
MATCH (a:Article {id: $articleId})
RETURN a.contentHash AS hash
