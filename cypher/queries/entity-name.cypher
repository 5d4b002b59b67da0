// The name of entity $id; no row when there is no such entity.
MATCH (e:Entity {id: $id})
RETURN e.name AS name
