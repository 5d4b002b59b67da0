// An event exists while some sentence reports it.
UNWIND $eventIds AS eventId
MATCH (v:Event {id: eventId})
WHERE NOT EXISTS { (v)-[:REPORTED_IN]->(:Sentence) }
DETACH DELETE v
