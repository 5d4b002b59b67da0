// Hancock's timeline
MATCH (e:Entity {name: 'Michael Hancock'})-[p:PARTICIPATES_IN]->(v:Event)
RETURN v.date AS date, v.title AS event, p.role AS role, size(p.articles) AS articles
ORDER BY v.start, v.id;

// Who quoted whom
MATCH (speaker:Entity)-[:SAID]->(q:Quote)-[:QUOTED_IN]->(:Sentence)-[:IN]->(a:Article)
RETURN a.outlet AS outlet, speaker.name AS speaker, count(DISTINCT q) AS quotes,
       collect(DISTINCT left(q.text, 80)) AS said
ORDER BY outlet, quotes DESC, speaker;

// Events with most sources
MATCH (v:Event)-[:REPORTED_IN]->(s:Sentence)
RETURN v.date AS date, v.title AS event, count(DISTINCT s.articleId) AS articles, count(s) AS sentences
ORDER BY articles DESC, sentences DESC, date
LIMIT 10;

// Shortest path between two entities
// params: {"from": "Michael Hancock", "to": "Jeff Sessions"}
MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH path = shortestPath((a)-[:CO_OCCURS|PARTICIPATES_IN*..6]-(b))
RETURN path;

// Entities by number of articles
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
RETURN e.name AS entity, e.type AS type, count(a) AS articles, sum(m.count) AS mentions
ORDER BY articles DESC, mentions DESC, entity
LIMIT 25;

// Roles held
MATCH (person:Entity)-[:HAS_ROLE]->(r:Role)
OPTIONAL MATCH (r)-[:AT]->(at:Entity)
RETURN person.name AS person, r.title AS title, at.name AS at
ORDER BY person, title;

// Who appears with Hancock (a graph)
MATCH (e:Entity {name: 'Michael Hancock'})-[r:CO_OCCURS]-(other:Entity)
RETURN e, r, other
ORDER BY r.weight DESC
LIMIT 25;
