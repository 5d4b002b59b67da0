// Who said a quote; articles lists the articles that credit them, to undo one article's share.
UNWIND $rows AS row
MATCH (x:Entity {id: row.entityId})
MATCH (q:Quote {id: row.quoteId})
MERGE (x)-[s:SAID]->(q)
SET s.articles = [a IN coalesce(s.articles, []) WHERE a <> row.articleId] + row.articleId
