// How often each article mentions each entity and the forms it uses; entity aliases are the union of these.
// Each entity keeps running totals (mentions in sentences, articles naming it), so lists sort by them cheaply.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {count: row.count, aliases: row.aliases}]->(e)
SET e.mentions = coalesce(e.mentions, 0) + row.count,
    e.articles = coalesce(e.articles, 0) + 1
