// Who took part in event $id.
MATCH (x:Entity)-[p:PARTICIPATES_IN]->(:Event {id: $id})
RETURN x.id AS id, x.name AS name, x.type AS type, p.role AS role, size(p.articles) AS weight
ORDER BY weight DESC, id
LIMIT $limit
