// The entities next to entity $id: named in the same sentences (CO_OCCURS) or holding a title at one another
// (ROLE), counting only evidence from articles published within [$from, $to] (either may be null).
// Strongest first, $skip/$limit at a time, with how many there are in all. Without a date range a pair's weight
// is read as stored; with one, the sentences naming the entity in that range are read once and each counts for
// every other entity it names.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:CO_OCCURS]-(n:Entity)
  WHERE $from IS NULL AND $to IS NULL
  RETURN n, 'CO_OCCURS' AS type, null AS label, r.weight AS weight, null AS role
  UNION ALL
  MATCH (a:Article)<-[:IN]-(s:Sentence)-[:MENTIONS]->(e)
  WHERE ($from IS NOT NULL OR $to IS NOT NULL)
    AND ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
  WITH DISTINCT e, s
  MATCH (s)-[:MENTIONS]->(n:Entity)
  WHERE n <> e
  WITH n, count(DISTINCT s) AS weight
  RETURN n, 'CO_OCCURS' AS type, null AS label, weight, null AS role
  UNION ALL
  MATCH (e)-[:HAS_ROLE]->(r:Role)-[:AT]->(n:Entity)
  RETURN n, 'ROLE' AS type, r.title AS label, null AS weight, r AS role
  UNION ALL
  MATCH (n:Entity)-[:HAS_ROLE]->(r:Role)-[:AT]->(e)
  RETURN n, 'ROLE' AS type, r.title AS label, null AS weight, r AS role
}
// A role weighs as many of its sentences as come from articles in the range.
WITH e, n, type, label, CASE WHEN role IS NULL THEN weight ELSE COUNT {
       MATCH (s:Sentence)-[:IN]->(a:Article)
       WHERE s.id IN role.sentences AND ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
     } END AS weight
WHERE weight > 0
WITH e, n, collect({type: type, label: label, weight: weight}) AS links, sum(weight) AS strength
ORDER BY strength DESC, n.id
WITH e, collect({node: n, links: links}) AS ranked
UNWIND ranked[$skip..$skip + $limit] AS neighbour
WITH e, size(ranked) AS total, neighbour.node AS n, neighbour.links AS links
RETURN total, n.id AS id, n.name AS name, n.type AS type, links,
       CASE WHEN n.id < e.id THEN n.id ELSE e.id END AS edgeFrom
