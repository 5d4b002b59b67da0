// Takes the articles out of the speakers they credited with their quotes; a credit no article gives any more goes.
UNWIND $quoteIds AS quoteId
MATCH (:Entity)-[s:SAID]->(:Quote {id: quoteId})
WHERE any(a IN s.articles WHERE a IN $articleIds)
SET s.articles = [a IN s.articles WHERE NOT a IN $articleIds]
WITH s
WHERE size(s.articles) = 0
DELETE s
