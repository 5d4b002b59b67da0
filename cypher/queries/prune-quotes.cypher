// A quote exists while some sentence quotes it.
UNWIND $quoteIds AS quoteId
MATCH (q:Quote {id: quoteId})
WHERE NOT EXISTS { (q)-[:QUOTED_IN]->(:Sentence) }
DETACH DELETE q
