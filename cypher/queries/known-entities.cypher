// Every entity with its names, so new articles join existing entities instead of creating twins.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases
