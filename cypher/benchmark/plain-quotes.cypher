// Plain batch: quotes.
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.date = row.date
