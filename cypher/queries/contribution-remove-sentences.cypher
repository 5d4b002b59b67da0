// The article's per-entity mention counts, then its sentences with every mention, report and quotation in them.
OPTIONAL MATCH (:Article {id: $articleId})-[m:MENTIONS]->(:Entity)
DELETE m
WITH count(*) AS removed
MATCH (s:Sentence {articleId: $articleId})
DETACH DELETE s
