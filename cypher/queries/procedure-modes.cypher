// The mode (READ, WRITE, SCHEMA, DBMS, DEFAULT) of each procedure in $names, which the console checks before
// running a CALL; names compare without case, as the user may have typed them.
SHOW PROCEDURES YIELD name, mode
WHERE toLower(name) IN [n IN $names | toLower(n)]
RETURN name, mode
