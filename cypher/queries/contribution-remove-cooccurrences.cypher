// Takes the article's sentences out of the weights of the pairs they name (each sentence once per pair, however
// often it names either); a pair left with no sentence is deleted. Runs before the sentences themselves go.
MATCH (s:Sentence) WHERE s.id IN $sentenceIds
MATCH (a:Entity)<-[:MENTIONS]-(s)-[:MENTIONS]->(b:Entity)
WHERE a.id < b.id
WITH a, b, count(DISTINCT s) AS sentences
MATCH (a)-[r:CO_OCCURS]->(b)
SET r.weight = r.weight - sentences
WITH r
WHERE r.weight <= 0
DELETE r
