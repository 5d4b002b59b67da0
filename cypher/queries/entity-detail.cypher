// One entity with its roles, the quotes it said and the events it took part in.
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
       e.mentions AS mentions,
       e.articles AS articles,
       COLLECT {
         MATCH (e)-[:HAS_ROLE]->(r:Role)
         OPTIONAL MATCH (r)-[:AT]->(at:Entity)
         WITH r, at ORDER BY r.title, r.id
         RETURN {title: r.title, at: CASE WHEN at IS NULL THEN null ELSE {id: at.id, name: at.name} END}
       } AS roles,
       COLLECT { MATCH (e)-[:SAID]->(q:Quote) WITH q ORDER BY q.id RETURN q.id } AS quotes,
       COLLECT { MATCH (e)-[:PARTICIPATES_IN]->(v:Event) WITH v ORDER BY v.start, v.id RETURN v.id } AS events
