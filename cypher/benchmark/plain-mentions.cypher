// Plain batch: sentence mentions.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[:MENTIONS {form: row.form}]->(e)
