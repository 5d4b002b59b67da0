// Quotes keep what they have unless the row says otherwise; date is kept as the ISO text it came as, and is the
// earliest any load gave it (ISO dates sort as text), so loads in any order or at once agree on it.
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = coalesce(row.text, q.text),
    q.date = CASE WHEN q.date IS NULL OR row.date < q.date THEN coalesce(row.date, q.date) ELSE q.date END
