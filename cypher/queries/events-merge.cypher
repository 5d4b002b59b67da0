// Events keep what they have unless the row says otherwise; start and end are dates for range filtering.
UNWIND $rows AS row
MERGE (v:Event {id: row.id})
SET v.date = coalesce(row.date, v.date),
    v.precision = coalesce(row.precision, v.precision),
    v.start = coalesce(date(row.start), v.start),
    v.end = coalesce(date(row.end), v.end),
    v.dateBasis = coalesce(row.dateBasis, v.dateBasis),
    v.title = coalesce(row.title, v.title),
    v.actionKey = coalesce(row.actionKey, v.actionKey)
