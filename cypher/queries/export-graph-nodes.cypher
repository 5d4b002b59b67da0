// The nodes of the GraphML export: entities and events, all of them when $ids is null, else those in $ids.
MATCH (n)
WHERE (n:Entity OR n:Event) AND ($ids IS NULL OR n.id IN $ids)
RETURN n.id AS id,
       CASE WHEN n:Entity THEN 'Entity' ELSE 'Event' END AS label,
       CASE WHEN n:Entity THEN n.type ELSE 'EVENT' END AS type,
       coalesce(n.name, n.title) AS name,
       n.date AS date
ORDER BY label, id
