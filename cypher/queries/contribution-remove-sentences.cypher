// The articles' per-entity mention counts, then their sentences with every mention, report and quotation in them.
UNWIND $articleIds AS articleId
OPTIONAL MATCH (:Article {id: articleId})-[m:MENTIONS]->(:Entity)
DELETE m
WITH count(*) AS removed
MATCH (s:Sentence)
WHERE s.articleId IN $articleIds
DETACH DELETE s
