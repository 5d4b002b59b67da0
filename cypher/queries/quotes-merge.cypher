// Quotes keep what they have unless the row says otherwise; date is kept as the ISO text it came as.
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = coalesce(row.text, q.text),
    q.date = coalesce(row.date, q.date)
