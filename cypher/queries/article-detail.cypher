// One article with its sentences in order; each with the entities it names (and how), the events it reports
// (and the word that signals them) and the quotations it carries (and who said them).
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.url AS url, a.published AS published,
       a.publishedFrom AS publishedFrom,
       COLLECT {
         MATCH (s:Sentence)-[:IN]->(a)
         WITH s ORDER BY s.index
         RETURN {index: s.index, paragraph: s.paragraph, text: s.text,
                 mentions: COLLECT {
                   MATCH (s)-[m:MENTIONS]->(e:Entity)
                   RETURN DISTINCT {form: m.form, entityId: e.id, name: e.name, type: e.type}
                 },
                 events: COLLECT {
                   MATCH (v:Event)-[r:REPORTED_IN]->(s)
                   WITH v, r ORDER BY r.triggerToken
                   RETURN {id: v.id, title: v.title, date: v.date, trigger: r.trigger}
                 },
                 quotes: COLLECT {
                   MATCH (q:Quote)-[:QUOTED_IN]->(s)
                   OPTIONAL MATCH (speaker:Entity)-[:SAID]->(q)
                   WITH q, speaker ORDER BY q.id
                   RETURN {id: q.id, text: q.text, speakerId: speaker.id, speakerName: speaker.name}
                 }}
       } AS sentences
