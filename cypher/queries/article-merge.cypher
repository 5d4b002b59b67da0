// The articles themselves; published is a date or null.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.outlet = row.outlet,
    a.url = row.url,
    a.published = row.published,
    a.publishedFrom = row.publishedFrom,
    a.contentHash = row.contentHash,
    a.source = row.source
