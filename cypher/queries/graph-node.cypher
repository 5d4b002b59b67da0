// What a node of the explorer's graph is: an entity or an event, with what the graph shows for it.
// One lookup per label, so each uses its unique index (a label disjunction would scan every node).
CALL () {
  MATCH (e:Entity {id: $id})
  RETURN e.id AS id, e.type AS type, e.name AS name, null AS date
  UNION
  MATCH (v:Event {id: $id})
  RETURN v.id AS id, 'EVENT' AS type, v.title AS name, v.date AS date
}
RETURN id, type, name, date
