// The corpus at a glance: entities per type, the span the events cover, and the most connected entities.
RETURN COLLECT {
         MATCH (e:Entity)
         WITH e.type AS type, count(*) AS entities ORDER BY entities DESC, type
         RETURN {type: type, entities: entities}
       } AS entityTypes,
       COLLECT { MATCH (v:Event) RETURN min(v.start) } [0] AS firstEventDay,
       COLLECT { MATCH (v:Event) RETURN max(v.end) } [0] AS lastEventDay,
       COUNT { MATCH (v:Event) } AS events,
       COLLECT {
         MATCH (e:Entity)
         WITH e, COUNT { (e)-[:CO_OCCURS]-() } + COUNT { (e)-[:PARTICIPATES_IN]->() } AS links
         WHERE links > 0
         ORDER BY links DESC, e.id LIMIT $limit
         RETURN {id: e.id, name: e.name, type: e.type, links: links}
       } AS mostConnected
