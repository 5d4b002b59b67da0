// The sentences behind a link of the explorer's graph: for CO_OCCURS those naming both entities, for ROLE those
// stating the title, for PARTICIPATES_IN those reporting the event; from articles published within [$from, $to].
CALL () {
  MATCH (a:Entity {id: $source})-[:CO_OCCURS]-(b:Entity {id: $target})
  WHERE $type = 'CO_OCCURS'
  // From the end named less often: fewer sentences to read.
  WITH CASE WHEN a.mentions <= b.mentions THEN [a, b] ELSE [b, a] END AS ends
  WITH ends[0] AS rarer, ends[1] AS other
  MATCH (rarer)<-[:MENTIONS]-(s:Sentence)
  WHERE (s)-[:MENTIONS]->(other)
  RETURN collect(DISTINCT s.id) AS sentences
  UNION ALL
  MATCH (a:Entity)-[:HAS_ROLE]->(r:Role)-[:AT]->(b:Entity)
  WHERE $type = 'ROLE' AND ((a.id = $source AND b.id = $target) OR (a.id = $target AND b.id = $source))
  RETURN r.sentences AS sentences
  UNION ALL
  MATCH (x:Entity)-[:PARTICIPATES_IN]->(v:Event)-[:REPORTED_IN]->(s:Sentence)
  WHERE $type = 'PARTICIPATES_IN' AND ((x.id = $source AND v.id = $target) OR (x.id = $target AND v.id = $source))
  RETURN collect(s.id) AS sentences
}
UNWIND sentences AS sentenceId
WITH DISTINCT sentenceId
MATCH (s:Sentence {id: sentenceId})-[:IN]->(a:Article)
WHERE ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
RETURN a.id AS articleId, a.title AS title, a.outlet AS outlet, a.published AS published,
       s.index AS sentenceIndex, s.text AS sentence
ORDER BY a.published, a.id, s.index
LIMIT 100
