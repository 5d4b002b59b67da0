// Takes or renews the writer lease when it is free, expired or already ours, and then returns its holder; returns
// nothing while another loader holds it. The first SET takes the node's write lock before its holder is read, so
// two loaders asking at once are served one after the other and cannot both find it free.
MERGE (l:LoadLease {id: 'writer'})
SET l.asked = $holder
WITH l
WHERE l.holder IS NULL OR l.holder = $holder OR l.expires < datetime()
SET l.holder = $holder,
    l.expires = datetime() + duration({seconds: $seconds})
RETURN l.holder AS holder
