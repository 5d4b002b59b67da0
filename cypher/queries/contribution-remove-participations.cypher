// Takes the articles out of the participations in the events they reported; one no article states any more goes.
UNWIND $eventIds AS eventId
MATCH (:Entity)-[p:PARTICIPATES_IN]->(:Event {id: eventId})
WHERE any(a IN p.articles WHERE a IN $articleIds)
SET p.articles = [a IN p.articles WHERE NOT a IN $articleIds]
WITH p
WHERE size(p.articles) = 0
DELETE p
