// How many articles the graph holds whose id does not start with $prefix (the generator's own articles do).
MATCH (a:Article)
WHERE NOT a.id STARTS WITH $prefix
RETURN count(a) AS articles
