// Plain batch: who said each quote.
UNWIND $rows AS row
MATCH (x:Entity {id: row.entityId})
MATCH (q:Quote {id: row.quoteId})
MERGE (x)-[s:SAID]->(q)
SET s.articles = coalesce(s.articles, []) + row.articleId
