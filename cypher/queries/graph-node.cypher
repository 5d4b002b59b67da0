// What a node of the explorer's graph is: an entity or an event, with what the graph shows for it.
MATCH (n) WHERE (n:Entity OR n:Event) AND n.id = $id
RETURN n.id AS id, CASE WHEN n:Event THEN 'EVENT' ELSE n.type END AS type,
       CASE WHEN n:Event THEN n.title ELSE n.name END AS name, n.date AS date
