// Plain batch: sentences, each IN its article.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s.articleId = row.articleId, s.index = row.index, s.text = row.text, s.begin = row.begin, s.end = row.end,
    s.paragraph = row.paragraph
MERGE (s)-[:IN]->(a)
