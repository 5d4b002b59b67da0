// A role exists while some sentence states it and its person exists.
UNWIND $roleIds AS roleId
MATCH (r:Role {id: roleId})
WHERE size(r.sentences) = 0 OR NOT EXISTS { (:Entity)-[:HAS_ROLE]->(r) }
DETACH DELETE r
