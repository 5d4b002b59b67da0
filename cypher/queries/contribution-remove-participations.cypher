// Takes the article out of the participations in the events it reported; one no article states any more goes.
UNWIND $eventIds AS eventId
MATCH (:Entity)-[p:PARTICIPATES_IN]->(:Event {id: eventId})
WHERE $articleId IN p.articles
SET p.articles = [a IN p.articles WHERE a <> $articleId]
WITH p
WHERE size(p.articles) = 0
DELETE p
