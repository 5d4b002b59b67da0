// One step of the GraphML export's breadth-first walk: the entities and events next to those in $ids, through
// the relationships the export draws (co-occurrence and participation).
MATCH (n)
WHERE (n:Entity OR n:Event) AND n.id IN $ids
MATCH (n)-[:CO_OCCURS|PARTICIPATES_IN]-(m)
RETURN DISTINCT m.id AS id
