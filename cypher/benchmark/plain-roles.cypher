// Plain batch: roles, their holders and where they hold them.
UNWIND $rows AS row
MATCH (p:Entity {id: row.personId})
MERGE (r:Role {id: row.id})
SET r.title = row.title, r.sentences = coalesce(r.sentences, []) + row.sentences
MERGE (p)-[:HAS_ROLE]->(r)
WITH r, row
WHERE row.atEntityId IS NOT NULL
MATCH (at:Entity {id: row.atEntityId})
MERGE (r)-[:AT]->(at)
