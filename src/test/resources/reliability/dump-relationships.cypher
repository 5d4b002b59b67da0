// Every relationship by its ends' keys (every node the loader writes has an id), type and properties.
MATCH (a)-[r]->(b)
RETURN labels(a)[0] + ':' + a.id AS from, type(r) AS type, labels(b)[0] + ':' + b.id AS to, properties(r) AS properties
