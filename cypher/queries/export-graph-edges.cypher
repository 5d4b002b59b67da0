// The edges of the GraphML export between the nodes in $ids (all when null): who appears with whom
// (weight = sentences together) and who took part in what (weight = articles saying so).
MATCH (a:Entity)-[r:CO_OCCURS|PARTICIPATES_IN]->(b)
WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
RETURN a.id AS source, b.id AS target, type(r) AS type,
       CASE type(r) WHEN 'CO_OCCURS' THEN r.weight ELSE size(r.articles) END AS weight,
       r.role AS role
ORDER BY source, target, type
