// Every mention of every event the given entities take part in, for the SemEval-2015 Task 4 exporter:
// the event's date (absent when undated) and, per mention, the article, the sentence and the trigger's offsets.
MATCH (x:Entity)-[:PARTICIPATES_IN]->(v:Event)-[r:REPORTED_IN]->(s:Sentence)
WHERE x.id IN $entityIds
RETURN DISTINCT v.id AS eventId, v.date AS date, v.precision AS precision,
       toString(v.start) AS start, toString(v.end) AS end,
       s.articleId AS articleId, s.begin AS sentenceBegin, r.trigger AS trigger, r.triggerBegin AS triggerBegin
ORDER BY eventId, articleId, sentenceBegin
