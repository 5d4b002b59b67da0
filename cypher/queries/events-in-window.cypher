// The ids of the timeline's events whose [start, end] overlaps [$from, $to], in start order, at most $limit;
// only those with a participant of $type (when not null) and reported by at least $minSources articles.
// No event spans more than a year (YEAR is the coarsest precision), so one that ends on or after $from
// starts on or after $earliestStart = $from minus a year: the bound lets the event_start index do the work.
MATCH (v:Event)
WHERE v.start >= $earliestStart AND v.start <= $to AND v.end >= $from
  AND ($type IS NULL OR EXISTS { MATCH (x:Entity {type: $type})-[:PARTICIPATES_IN]->(v) })
  AND ($minSources <= 1 OR COUNT {
    MATCH (v)-[:REPORTED_IN]->(:Sentence)-[:IN]->(a:Article) RETURN DISTINCT a
  } >= $minSources)
RETURN v.id AS id
ORDER BY v.start, v.id
LIMIT $limit
