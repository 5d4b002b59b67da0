// Quotes dated the same day (or month, or year: the same date text) as the event, said by its participants.
MATCH (v:Event {id: $id})<-[:PARTICIPATES_IN]-(speaker:Entity)-[:SAID]->(q:Quote)
WHERE q.date = v.date
WITH DISTINCT q, speaker ORDER BY q.id
RETURN q.id AS id, q.text AS text, q.date AS date, speaker.id AS speakerId, speaker.name AS speakerName
