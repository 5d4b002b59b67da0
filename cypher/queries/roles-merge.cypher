// A title someone holds, with the sentences that state it, and where they hold it when a sentence says so.
UNWIND $rows AS row
MATCH (p:Entity {id: row.personId})
MERGE (r:Role {id: row.id})
SET r.title = coalesce(row.title, r.title),
    r.sentences = [s IN coalesce(r.sentences, []) WHERE NOT s IN row.sentences] + row.sentences
MERGE (p)-[:HAS_ROLE]->(r)
WITH r, row
WHERE row.atEntityId IS NOT NULL
MATCH (at:Entity {id: row.atEntityId})
MERGE (r)-[:AT]->(at)
