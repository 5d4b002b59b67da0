// Storygraph's schema, and the one-time upgrades of stores written by older versions. The app applies it at
// every start; every statement is idempotent, so it can also be run by hand against any Neo4j 5 server:
//   cypher-shell -f cypher/schema.cypher

// Every node the loader writes is merged on one of these keys.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE;

// One loader at a time resolves and writes (ingest.WriterLease): one lease node at most.
CREATE CONSTRAINT load_lease_id IF NOT EXISTS FOR (l:LoadLease) REQUIRE l.id IS UNIQUE;

// Search over every name an entity goes by: its canonical name and each surface form seen.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Provenance: a sentence belongs to one article; an article's sentences are found (and replaced) by articleId.
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE INDEX sentence_article IF NOT EXISTS FOR (s:Sentence) ON (s.articleId);
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (r:Role) REQUIRE r.id IS UNIQUE;

// The timeline is read in date order and filtered by date window.
CREATE INDEX event_start IF NOT EXISTS FOR (e:Event) ON (e.start);

// Entities stored before they kept running totals get them once; afterwards this finds nothing to do.
MATCH (e:Entity) WHERE e.mentions IS NULL
SET e.mentions = COUNT { (e)<-[:MENTIONS]-(:Sentence) }, e.articles = COUNT { (e)<-[:MENTIONS]-(:Article) };

// Co-occurrences stored when they listed their sentences drop the list once: the sentences naming both entities
// are the evidence, and a hub pair's list grew with every article. Afterwards this finds nothing to do.
MATCH ()-[r:CO_OCCURS]->() WHERE r.sentences IS NOT NULL
CALL (r) { REMOVE r.sentences } IN TRANSACTIONS OF 10000 ROWS;
