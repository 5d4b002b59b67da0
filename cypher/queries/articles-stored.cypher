// How many of the articles $articleIds the graph already holds.
MATCH (a:Article)
WHERE a.id IN $articleIds
RETURN count(a) AS stored
