// What the previous contribution of the articles $articleIds touched: read first, so the removal and the pruning
// know where to look. Roles are reached through the persons their sentences mention (GraphWriter requires a
// role's person be mentioned).
RETURN
  COLLECT { MATCH (s:Sentence) WHERE s.articleId IN $articleIds RETURN s.id } AS sentenceIds,
  COLLECT { MATCH (s:Sentence)-[:MENTIONS]->(e:Entity) WHERE s.articleId IN $articleIds RETURN DISTINCT e.id } AS entityIds,
  COLLECT { MATCH (s:Sentence)<-[:REPORTED_IN]-(v:Event) WHERE s.articleId IN $articleIds RETURN DISTINCT v.id } AS eventIds,
  COLLECT { MATCH (s:Sentence)<-[:QUOTED_IN]-(q:Quote) WHERE s.articleId IN $articleIds RETURN DISTINCT q.id } AS quoteIds,
  COLLECT {
    MATCH (s:Sentence)-[:MENTIONS]->(:Entity)-[:HAS_ROLE]->(r:Role)
    WHERE s.articleId IN $articleIds
    RETURN DISTINCT r.id
  } AS roleIds
