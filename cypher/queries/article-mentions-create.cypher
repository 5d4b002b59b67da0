// How often the article mentions each entity and the forms it uses; entity aliases are the union of these.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {count: row.count, aliases: row.aliases}]->(e)
