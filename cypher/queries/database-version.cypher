// Name, version and edition of the Neo4j the app is connected to.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
