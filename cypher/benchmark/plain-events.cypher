// Plain batch: events.
UNWIND $rows AS row
MERGE (v:Event {id: row.id})
SET v.date = row.date, v.precision = row.precision, v.start = date(row.start), v.end = date(row.end),
    v.dateBasis = row.dateBasis, v.title = row.title, v.actionKey = row.actionKey
