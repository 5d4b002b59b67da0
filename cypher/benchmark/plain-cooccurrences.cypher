// Plain batch: co-occurrences, adding the rows' sentences.
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[r:CO_OCCURS]->(b)
SET r.sentences = coalesce(r.sentences, []) + row.sentences
SET r.weight = size(r.sentences)
