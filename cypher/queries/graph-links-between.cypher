// The CO_OCCURS links among the entities $ids (both ends in the list), counting only sentences from articles
// published within [$from, $to]. Both ends are found by id and the link between them looked up, rather than
// every link of each expanded; with a date range, the sentences naming both are found from the end named less.
MATCH (a:Entity) WHERE a.id IN $ids
MATCH (b:Entity) WHERE b.id IN $ids
MATCH (a)-[r:CO_OCCURS]->(b)
WITH a, b, CASE WHEN $from IS NULL AND $to IS NULL THEN r.weight ELSE size(COLLECT {
       WITH CASE WHEN a.mentions <= b.mentions THEN [a, b] ELSE [b, a] END AS ends
       WITH ends[0] AS rarer, ends[1] AS other
       MATCH (x:Article)<-[:IN]-(s:Sentence)-[:MENTIONS]->(rarer)
       WHERE ($from IS NULL OR x.published >= $from) AND ($to IS NULL OR x.published <= $to)
         AND (s)-[:MENTIONS]->(other)
       RETURN DISTINCT s
     }) END AS weight
WHERE weight > 0
RETURN a.id AS source, b.id AS target, weight
