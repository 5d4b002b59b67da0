// Nodes by label and relationships by type, as "node:Label" and "rel:TYPE".
MATCH (n)
UNWIND labels(n) AS label
RETURN 'node:' + label AS key, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'rel:' + type(r) AS key, count(*) AS count
