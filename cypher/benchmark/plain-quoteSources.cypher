// Plain batch: where quotes appear.
UNWIND $rows AS row
MATCH (q:Quote {id: row.quoteId})
MATCH (s:Sentence {id: row.sentenceId})
MERGE (q)-[:QUOTED_IN]->(s)
