// The CO_OCCURS links among the entities $ids (both ends in the list), with evidence in [$from, $to].
// Both ends are found by id and the link between them looked up, rather than every link of each expanded.
MATCH (a:Entity) WHERE a.id IN $ids
MATCH (b:Entity) WHERE b.id IN $ids
MATCH (a)-[r:CO_OCCURS]->(b)
WITH a, b, CASE WHEN $from IS NULL AND $to IS NULL THEN r.weight ELSE COUNT {
       MATCH (s:Sentence)-[:IN]->(x:Article)
       WHERE s.id IN r.sentences AND ($from IS NULL OR x.published >= $from) AND ($to IS NULL OR x.published <= $to)
     } END AS weight
WHERE weight > 0
RETURN a.id AS source, b.id AS target, weight
