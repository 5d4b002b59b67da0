// The entities named most often in the same sentences as entity $id, and the articles that name it.
MATCH (e:Entity {id: $id})
RETURN COLLECT {
         MATCH (e)-[r:CO_OCCURS]-(n:Entity)
         WITH n, r ORDER BY r.weight DESC, n.id LIMIT $limit
         RETURN {id: n.id, name: n.name, type: n.type, sentences: r.weight}
       } AS related,
       COLLECT {
         MATCH (a:Article)-[m:MENTIONS]->(e)
         WITH a, m ORDER BY a.published DESC, a.id
         RETURN {id: a.id, title: a.title, outlet: a.outlet, published: a.published, mentions: m.count}
       } AS articles
