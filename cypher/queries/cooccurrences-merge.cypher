// Pairs of entities named in the same sentence, lower id first; weight counts such sentences. Only the count is
// kept on the pair (the sentences are those that MENTION both), so a write touches a bounded amount however often
// the pair has been seen before. Adding to the weight in one SET locks the pair before reading it.
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[r:CO_OCCURS]->(b)
  ON CREATE SET r.weight = row.sentences
  ON MATCH SET r.weight = r.weight + row.sentences
