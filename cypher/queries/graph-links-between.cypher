// The CO_OCCURS links among the entities $ids (both ends in the list), with evidence in [$from, $to].
MATCH (a:Entity)-[r:CO_OCCURS]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
WITH a, b, CASE WHEN $from IS NULL AND $to IS NULL THEN size(r.sentences) ELSE COUNT {
       MATCH (s:Sentence)-[:IN]->(x:Article)
       WHERE s.id IN r.sentences AND ($from IS NULL OR x.published >= $from) AND ($to IS NULL OR x.published <= $to)
     } END AS weight
WHERE weight > 0
RETURN a.id AS source, b.id AS target, weight
