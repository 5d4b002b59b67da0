// How often each article mentions each entity and the forms it uses; entity aliases are the union of these.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {count: row.count, aliases: row.aliases}]->(e)
