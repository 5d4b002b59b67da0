// Every surface form of an entity across the articles that mention it, sorted, and its totals (mentions in
// sentences, articles naming it), recomputed when an article is replaced or removed.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
SET e.aliases = COLLECT {
      MATCH (:Article)-[m:MENTIONS]->(e)
      UNWIND m.aliases AS alias
      WITH DISTINCT alias
      RETURN alias ORDER BY alias
    },
    e.mentions = COUNT { (e)<-[:MENTIONS]-(:Sentence) },
    e.articles = COUNT { (e)<-[:MENTIONS]-(:Article) }
