// Plain batch: co-occurrences, adding the rows' sentence counts.
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[r:CO_OCCURS]->(b)
SET r.weight = coalesce(r.weight, 0) + row.sentences
