// What an article's previous contribution touched: read first, so the removal and the pruning know where to look.
// Roles are reached through the persons its sentences mention (GraphWriter requires a role's person be mentioned).
RETURN
  COLLECT { MATCH (s:Sentence {articleId: $articleId}) RETURN s.id } AS sentenceIds,
  COLLECT { MATCH (:Sentence {articleId: $articleId})-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.id } AS entityIds,
  COLLECT { MATCH (:Sentence {articleId: $articleId})<-[:REPORTED_IN]-(v:Event) RETURN DISTINCT v.id } AS eventIds,
  COLLECT { MATCH (:Sentence {articleId: $articleId})<-[:QUOTED_IN]-(q:Quote) RETURN DISTINCT q.id } AS quoteIds,
  COLLECT {
    MATCH (:Sentence {articleId: $articleId})-[:MENTIONS]->(:Entity)-[:HAS_ROLE]->(r:Role)
    RETURN DISTINCT r.id
  } AS roleIds
