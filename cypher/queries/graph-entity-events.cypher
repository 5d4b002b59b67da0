// The events entity $id took part in whose span overlaps [$from, $to], most reported first.
MATCH (:Entity {id: $id})-[p:PARTICIPATES_IN]->(v:Event)
WHERE ($from IS NULL OR v.end >= $from) AND ($to IS NULL OR v.start <= $to)
WITH v, p, COUNT { (v)-[:REPORTED_IN]->() } AS reports
ORDER BY reports DESC, v.start, v.id
LIMIT $limit
RETURN v.id AS id, v.title AS name, 'EVENT' AS type, v.date AS date, p.role AS role, reports AS weight
