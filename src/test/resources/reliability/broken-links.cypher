// What a half-written article would leave behind. Neo4j keeps no relationship without both ends, so what can
// break is provenance: sentences without their article, nodes no sentence supports, ids of sentences or
// articles that are gone, co-occurrence weights that disagree with the sentences naming both entities. A graph of
// whole articles has zero of each.
CALL { MATCH (s:Sentence) WHERE NOT EXISTS { (s)-[:IN]->(:Article {id: s.articleId}) } RETURN count(s) AS sentencesWithoutArticle }
CALL { MATCH (e:Entity) WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Sentence) } RETURN count(e) AS entitiesUnmentioned }
CALL { MATCH (v:Event) WHERE NOT EXISTS { (v)-[:REPORTED_IN]->(:Sentence) } RETURN count(v) AS eventsUnreported }
CALL { MATCH (q:Quote) WHERE NOT EXISTS { (q)-[:QUOTED_IN]->(:Sentence) } RETURN count(q) AS quotesUnquoted }
CALL { MATCH (r:Role)
       WHERE NOT EXISTS { (:Entity)-[:HAS_ROLE]->(r) } OR any(id IN r.sentences WHERE NOT EXISTS { MATCH (:Sentence {id: id}) })
       RETURN count(r) AS rolesUnsupported }
CALL { MATCH (a:Entity)-[c:CO_OCCURS]->(b:Entity)
       WHERE c.weight <> size(COLLECT { MATCH (a)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b) RETURN DISTINCT s })
       RETURN count(c) AS cooccurrencesMiscounted }
CALL { MATCH ()-[p:PARTICIPATES_IN|SAID]->() WHERE any(id IN p.articles WHERE NOT EXISTS { MATCH (:Article {id: id}) })
       RETURN count(p) AS creditsUnsupported }
CALL { MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE NOT EXISTS { (:Sentence {articleId: a.id})-[:MENTIONS]->(e) }
       RETURN count(m) AS articleMentionsUnsupported }
RETURN sentencesWithoutArticle, entitiesUnmentioned, eventsUnreported, quotesUnquoted, rolesUnsupported,
       cooccurrencesMiscounted, creditsUnsupported, articleMentionsUnsupported
