// Every event with what the loader merges on: its date span, action and agents.
MATCH (e:Event)
OPTIONAL MATCH (agent:Entity)-[:PARTICIPATES_IN {role: 'AGENT'}]->(e)
RETURN e.id AS id, e.date AS date, e.precision AS precision, toString(e.start) AS start, toString(e.end) AS end,
       e.dateBasis AS basis, e.actionKey AS actionKey, collect(agent.id) AS agentIds
