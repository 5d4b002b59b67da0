// Gives the writer lease back, if it is still ours; the graph holds no lease while nobody writes.
MATCH (l:LoadLease {id: 'writer', holder: $holder})
DELETE l
