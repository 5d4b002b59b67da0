// An entity exists while some sentence mentions it.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Sentence) }
DETACH DELETE e
