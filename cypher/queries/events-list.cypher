// The timeline: events in start order whose [start, end] overlaps [$from, $to] (either may be null), optionally
// only those one of $entityIds took part in (all when the list is empty), only those with a participant of
// $type, and only those reported by at least $minSources articles; with who took part and where it was reported.
// With $eventId set, only that event.
MATCH (v:Event)
WHERE ($eventId IS NULL OR v.id = $eventId)
  AND ($from IS NULL OR v.end >= $from)
  AND ($to IS NULL OR v.start <= $to)
  AND (size($entityIds) = 0 OR EXISTS {
    MATCH (x:Entity)-[:PARTICIPATES_IN]->(v) WHERE x.id IN $entityIds
  })
  AND ($type IS NULL OR EXISTS { MATCH (x:Entity {type: $type})-[:PARTICIPATES_IN]->(v) })
  AND ($minSources <= 1 OR COUNT {
    MATCH (v)-[:REPORTED_IN]->(:Sentence)-[:IN]->(a:Article) RETURN DISTINCT a
  } >= $minSources)
WITH v ORDER BY v.start, v.id
LIMIT $limit
RETURN v.id AS id, v.date AS date, v.precision AS precision, v.dateBasis AS dateBasis, v.title AS title,
       v.start AS start, v.end AS end,
       COLLECT {
         MATCH (x:Entity)-[p:PARTICIPATES_IN]->(v)
         WITH x, p ORDER BY x.id
         RETURN {id: x.id, name: x.name, type: x.type, role: p.role}
       } AS participants,
       COLLECT {
         MATCH (v)-[r:REPORTED_IN]->(s:Sentence)-[:IN]->(a:Article)
         WITH a, s, r ORDER BY a.published, a.id, s.index, r.triggerToken
         RETURN {articleId: a.id, title: a.title, outlet: a.outlet, published: a.published, sentenceIndex: s.index,
                 sentence: s.text, trigger: r.trigger}
       } AS sources
ORDER BY v.start, v.id
