// Number of nodes per label, read from the count store (no scan).
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS nodes
}
RETURN label, nodes
ORDER BY label
