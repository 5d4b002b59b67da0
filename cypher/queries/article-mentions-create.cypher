// How often each article mentions each entity and the forms it uses. Each entity's aliases (every form, sorted)
// and totals (mentions in sentences, articles naming it) grow with the article; entity-recount recomputes them
// when an article is replaced or removed.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {count: row.count, aliases: row.aliases}]->(e)
SET e.mentions = coalesce(e.mentions, 0) + row.count,
    e.articles = coalesce(e.articles, 0) + 1,
    e.aliases = COLLECT {
      UNWIND coalesce(e.aliases, []) + row.aliases AS alias
      WITH DISTINCT alias
      RETURN alias ORDER BY alias
    }
