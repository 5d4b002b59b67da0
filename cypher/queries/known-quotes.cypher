// Every quote with its speaker, so the same words reported again join it.
MATCH (q:Quote)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(q)
RETURN q.id AS id, speaker.id AS speakerId, q.text AS text
