// Every article, oldest first; undated ones (published null) sort last.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.url AS url, a.published AS published
ORDER BY a.published, a.id
