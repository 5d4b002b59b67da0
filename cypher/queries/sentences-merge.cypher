// The article's sentences, each IN the article.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s.articleId = $articleId, s.index = row.index, s.text = row.text, s.begin = row.begin, s.end = row.end,
    s.paragraph = row.paragraph
MERGE (s)-[:IN]->(a)
