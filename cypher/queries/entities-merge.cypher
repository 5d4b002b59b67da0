// Entities keep what they have unless the row says otherwise; aliases are recomputed from every article at the end.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = coalesce(row.name, e.name),
    e.type = coalesce(row.type, e.type),
    e.aliases = coalesce(e.aliases, [])
