// The article node itself, once its contribution has been removed.
MATCH (a:Article {id: $articleId})
DETACH DELETE a
