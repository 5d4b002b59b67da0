// Every surface form of an entity across the articles that mention it, sorted.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
SET e.aliases = COLLECT {
  MATCH (:Article)-[m:MENTIONS]->(e)
  UNWIND m.aliases AS alias
  WITH DISTINCT alias
  RETURN alias ORDER BY alias
}
