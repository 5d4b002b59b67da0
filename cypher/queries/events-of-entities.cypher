// The ids of the events any of $entityIds took part in, otherwise filtered as events-in-window.cypher; found
// from the entities, so a timeline of one entity reads only that entity's events however large the graph.
MATCH (x:Entity)-[:PARTICIPATES_IN]->(v:Event)
WHERE x.id IN $entityIds AND v.start <= $to AND v.end >= $from
WITH DISTINCT v
WHERE ($type IS NULL OR EXISTS { MATCH (t:Entity {type: $type})-[:PARTICIPATES_IN]->(v) })
  AND ($minSources <= 1 OR COUNT {
    MATCH (v)-[:REPORTED_IN]->(:Sentence)-[:IN]->(a:Article) RETURN DISTINCT a
  } >= $minSources)
RETURN v.id AS id
ORDER BY v.start, v.id
LIMIT $limit
