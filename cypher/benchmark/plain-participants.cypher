// Plain batch: participations.
UNWIND $rows AS row
MATCH (x:Entity {id: row.entityId})
MATCH (v:Event {id: row.eventId})
MERGE (x)-[p:PARTICIPATES_IN]->(v)
SET p.role = row.role, p.articles = coalesce(p.articles, []) + row.articleId
