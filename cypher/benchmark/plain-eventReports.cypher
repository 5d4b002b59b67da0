// Plain batch: where events are reported.
UNWIND $rows AS row
MATCH (v:Event {id: row.eventId})
MATCH (s:Sentence {id: row.sentenceId})
MERGE (v)-[r:REPORTED_IN]->(s)
SET r.trigger = row.trigger, r.triggerToken = row.triggerToken, r.triggerBegin = row.triggerBegin,
    r.triggerEnd = row.triggerEnd
