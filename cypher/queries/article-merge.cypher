// The article itself; $published is a date or null.
MERGE (a:Article {id: $id})
SET a.title = $title,
    a.outlet = $outlet,
    a.url = $url,
    a.published = $published,
    a.publishedFrom = $publishedFrom,
    a.contentHash = $contentHash,
    a.source = $source
