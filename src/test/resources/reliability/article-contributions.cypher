// What each stored article holds: its sentences' indexes and how many mentions, event reports and quotations they carry.
MATCH (a:Article)
OPTIONAL MATCH (s:Sentence)-[:IN]->(a)
WITH a, collect(s.index) AS indexes
RETURN a.id AS id, indexes,
       COUNT { (:Sentence {articleId: a.id})-[:MENTIONS]->(:Entity) } AS mentions,
       COUNT { (:Event)-[:REPORTED_IN]->(:Sentence {articleId: a.id}) } AS eventReports,
       COUNT { (:Quote)-[:QUOTED_IN]->(:Sentence {articleId: a.id}) } AS quotations
ORDER BY id
