// Takes the article's sentences out of its roles; a role left with none is deleted by prune-roles.
UNWIND $roleIds AS roleId
MATCH (r:Role {id: roleId})
SET r.sentences = [s IN r.sentences WHERE NOT s IN $sentenceIds]
