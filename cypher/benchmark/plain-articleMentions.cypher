// Plain batch: article mentions with their counts and forms.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.aliases = row.aliases
