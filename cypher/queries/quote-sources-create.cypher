// The sentences a quote appears in: the sentences were just (re)created.
UNWIND $rows AS row
MATCH (q:Quote {id: row.quoteId})
MATCH (s:Sentence {id: row.sentenceId})
CREATE (q)-[:QUOTED_IN]->(s)
