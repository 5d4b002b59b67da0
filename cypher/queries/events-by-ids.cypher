// The events $ids in start order, with who took part and where each was reported; the reporting sentences'
// text only when $sentences is true (a timeline of thousands of events needs where and when, not what).
MATCH (v:Event)
WHERE v.id IN $ids
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
                 sentence: CASE WHEN $sentences THEN s.text END, trigger: r.trigger}
       } AS sources
ORDER BY v.start, v.id
