// Pairs of entities named in the same sentence, lower id first; weight is the number of such sentences.
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[r:CO_OCCURS]->(b)
SET r.sentences = [s IN coalesce(r.sentences, []) WHERE NOT s IN row.sentences] + row.sentences
SET r.weight = size(r.sentences)
