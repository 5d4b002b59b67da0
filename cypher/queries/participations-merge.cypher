// Who took part in an event; articles lists the articles that say so, to undo one article's share.
UNWIND $rows AS row
MATCH (x:Entity {id: row.entityId})
MATCH (v:Event {id: row.eventId})
MERGE (x)-[p:PARTICIPATES_IN]->(v)
SET p.role = coalesce(row.role, p.role),
    p.articles = [a IN coalesce(p.articles, []) WHERE a <> row.articleId] + row.articleId
