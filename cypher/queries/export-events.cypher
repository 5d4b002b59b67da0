// The events for the exports, in start order: optionally only those $entityId took part in and only those
// whose [start, end] overlaps [$from, $to] (either may be null), with the dates bounding them, who took part
// and every sentence reporting them with its article.
MATCH (v:Event)
WHERE ($entityId IS NULL OR EXISTS { (:Entity {id: $entityId})-[:PARTICIPATES_IN]->(v) })
  AND ($from IS NULL OR v.end >= $from)
  AND ($to IS NULL OR v.start <= $to)
RETURN v.id AS id, v.date AS date, v.precision AS precision, v.dateBasis AS dateBasis, v.title AS title,
       v.start AS start, v.end AS end,
       COLLECT {
         MATCH (x:Entity)-[p:PARTICIPATES_IN]->(v)
         WITH x, p ORDER BY p.role = 'AGENT' DESC, x.id
         RETURN {id: x.id, name: x.name, type: x.type, role: p.role}
       } AS participants,
       COLLECT {
         MATCH (v)-[r:REPORTED_IN]->(s:Sentence)-[:IN]->(a:Article)
         WITH a, s, r ORDER BY a.published, a.id, s.index, r.triggerToken
         RETURN {articleId: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published,
                 sentence: s.text, trigger: r.trigger}
       } AS sources
ORDER BY v.start, v.id
