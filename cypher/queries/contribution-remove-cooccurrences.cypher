// Takes the article's sentences out of the co-occurrences of the entities they mention; a pair left with no
// sentence is deleted. Both ends of such a pair are among $entityIds, so following outgoing edges visits it once.
UNWIND $entityIds AS entityId
MATCH (:Entity {id: entityId})-[r:CO_OCCURS]->(:Entity)
WHERE any(s IN r.sentences WHERE s IN $sentenceIds)
SET r.sentences = [s IN r.sentences WHERE NOT s IN $sentenceIds]
SET r.weight = size(r.sentences)
WITH r
WHERE r.weight = 0
DELETE r
