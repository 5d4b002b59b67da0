// One MENTIONS per mention: the sentences were just (re)created, so nothing here exists yet.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {form: row.form}]->(e)
