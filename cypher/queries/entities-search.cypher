// Entities whose name or an alias matches the Lucene $query, most mentioned first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e
WITH e
WHERE $type IS NULL OR e.type = $type
WITH e
ORDER BY e.mentions DESC, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.mentions AS mentions,
       e.articles AS articles
ORDER BY mentions DESC, id
