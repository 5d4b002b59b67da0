// New articles only add forms: each entity's aliases grow by the forms the rows bring, kept sorted. (A replaced
// or removed article can take forms away: entity-recount handles that.)
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
SET e.aliases = COLLECT {
  UNWIND coalesce(e.aliases, []) + row.aliases AS alias
  WITH DISTINCT alias
  RETURN alias ORDER BY alias
}
