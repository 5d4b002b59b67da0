// Takes the article out of the speakers it credited with its quotes; a credit no article gives any more goes.
UNWIND $quoteIds AS quoteId
MATCH (:Entity)-[s:SAID]->(:Quote {id: quoteId})
WHERE $articleId IN s.articles
SET s.articles = [a IN s.articles WHERE a <> $articleId]
WITH s
WHERE size(s.articles) = 0
DELETE s
