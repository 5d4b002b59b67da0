// Every node with its labels and properties, for a canonical dump of the graph.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
