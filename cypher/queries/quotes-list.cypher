// Quotes, optionally only those credited to $speakerId, with the speaker (the one most articles credit, or
// $speakerId when filtering) and the sentences quoting them.
MATCH (q:Quote)
WHERE $speakerId IS NULL OR EXISTS { (:Entity {id: $speakerId})-[:SAID]->(q) }
RETURN q.id AS id, q.text AS text, q.date AS date,
       COLLECT {
         MATCH (x:Entity)-[s:SAID]->(q)
         WITH x, s ORDER BY x.id = $speakerId DESC, size(s.articles) DESC, x.id
         RETURN {id: x.id, name: x.name}
       }[0] AS speaker,
       COLLECT {
         MATCH (q)-[:QUOTED_IN]->(s:Sentence)-[:IN]->(a:Article)
         WITH a, s ORDER BY a.published, a.id, s.index
         RETURN {articleId: a.id, title: a.title, outlet: a.outlet, sentence: s.text}
       } AS sources
ORDER BY q.date, q.id
