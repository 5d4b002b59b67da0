// Entities that take part in at least one event, with the years of their events: the read benchmark draws
// its samples from them.
MATCH (x:Entity)-[:PARTICIPATES_IN]->(v:Event)
WITH x, collect(DISTINCT v.start.year) AS years
RETURN x.id AS id, x.name AS name, years
ORDER BY x.id
