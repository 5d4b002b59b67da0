// One REPORTED_IN per event mention: the sentences were just (re)created.
UNWIND $rows AS row
MATCH (v:Event {id: row.eventId})
MATCH (s:Sentence {id: row.sentenceId})
CREATE (v)-[:REPORTED_IN {trigger: row.trigger, triggerToken: row.triggerToken,
                            triggerBegin: row.triggerBegin, triggerEnd: row.triggerEnd}]->(s)
