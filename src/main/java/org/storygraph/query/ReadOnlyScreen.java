package org.storygraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storygraph.query.CypherTokens.Kind;
import org.storygraph.query.CypherTokens.Token;

/**
 * The first of the console's defences, before anything reaches the database: refuses the clauses that write,
 * load files, change the schema or administer the server, reading only real keywords (not strings, comments,
 * quoted names, properties or map keys). It also names the procedures the query calls, whose mode the
 * database is asked next, and prepares the query for EXPLAIN.
 */
final class ReadOnlyScreen {

    /** Clauses that write or change the schema, wherever they stand. */
    private static final Set<String> WRITING = Set.of(
            "CREATE", "INSERT", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "FOREACH",
            "DROP", "ALTER", "GRANT", "REVOKE", "DENY");

    /** Administration commands: only ever the first word of a statement, so elsewhere they are names. */
    private static final Set<String> ADMINISTERING = Set.of(
            "START", "STOP", "TERMINATE", "ENABLE", "RENAME", "DEALLOCATE", "REALLOCATE", "DRYRUN", "USE");

    private static final String EXPLAIN = "EXPLAIN ";

    /**
     * @param refusal      why the console will not run the query, or null
     * @param procedures   the procedures it CALLs, as the database names them ("db.labels")
     * @param explainQuery the same query planned but not run
     * @param explainShift characters put before the query in explainQuery (positions in errors move by this)
     */
    record Verdict(String refusal, List<String> procedures, String explainQuery, int explainShift) {
    }

    private ReadOnlyScreen() {
    }

    static Verdict screen(String query) {
        List<Token> tokens = CypherTokens.of(query);
        var procedures = new ArrayList<String>();
        String refusal = null;
        for (int i = 0; i < tokens.size() && refusal == null; i++) {
            refusal = refusal(tokens, i);
            if (refusal == null && isKeyword(tokens, i, "CALL")) {
                String procedure = procedureName(tokens, i + 1);
                if (procedure != null) {
                    procedures.add(procedure);
                }
            }
        }
        int first = afterOptions(tokens);
        String explainQuery;
        int shift = 0;
        if (first < tokens.size() && tokens.get(first).isWord("EXPLAIN")) {
            explainQuery = query;
        } else if (first < tokens.size() && tokens.get(first).isWord("PROFILE")) {
            // PROFILE runs the query; EXPLAIN has as many letters, so positions stay where they are.
            int at = tokens.get(first).start();
            explainQuery = query.substring(0, at) + "EXPLAIN" + query.substring(at + "PROFILE".length());
        } else {
            explainQuery = EXPLAIN + query;
            shift = EXPLAIN.length();
        }
        return new Verdict(refusal, List.copyOf(procedures), explainQuery, shift);
    }

    private static String refusal(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!isKeyword(tokens, i, null)) {
            return null;
        }
        String word = token.text().toUpperCase(Locale.ROOT);
        if (WRITING.contains(word)) {
            return word + " writes to the database or changes its schema";
        }
        if (word.equals("LOAD") && next(tokens, i).isWord("CSV")) {
            return "LOAD CSV reads files and URLs";
        }
        if (word.equals("TRANSACTIONS") && isInTransactions(tokens, i)) {
            return "CALL { ... } IN TRANSACTIONS commits its own transactions";
        }
        if (word.equals("TERMINATE") && (next(tokens, i).isWord("TRANSACTION") || next(tokens, i).isWord("TRANSACTIONS"))) {
            return "TERMINATE TRANSACTIONS stops other people's queries";
        }
        if (ADMINISTERING.contains(word) && startsStatement(tokens, i)) {
            return word.equals("USE")
                    ? "USE switches to another database"
                    : word + " is an administration command";
        }
        return null;
    }

    /**
     * A word is a keyword unless it is a property (n.set), a label or type (:Create), a map key ({remove: 1})
     * or a procedure's name part (db.create...). {@code expected} null accepts any word.
     */
    private static boolean isKeyword(List<Token> tokens, int i, String expected) {
        Token token = tokens.get(i);
        if (token.kind() != Kind.WORD || (expected != null && !token.isWord(expected))) {
            return false;
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        if (before != null && (before.isSymbol('.') || before.isSymbol(':'))) {
            return false;
        }
        return !next(tokens, i).isSymbol(':');
    }

    /** At the start of the query or of a subquery, or after UNION, EXPLAIN, PROFILE or CYPHER's options. */
    private static boolean startsStatement(List<Token> tokens, int i) {
        if (i == firstStatementWord(tokens)) {
            return true;
        }
        Token before = tokens.get(i - 1);
        if (before.isSymbol('{') || before.isWord("UNION")) {
            return true;
        }
        return (before.isWord("ALL") || before.isWord("DISTINCT")) && i >= 2 && tokens.get(i - 2).isWord("UNION");
    }

    /** The index of the first token after CYPHER's pre-parser options ("CYPHER 5 runtime=slotted"). */
    private static int afterOptions(List<Token> tokens) {
        int i = 0;
        if (i < tokens.size() && tokens.get(i).isWord("CYPHER")) {
            i++;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.kind() == Kind.NUMBER) {
                    i++;
                } else if (t.kind() == Kind.WORD && next(tokens, i).isSymbol('=')) {
                    i += 3;
                } else {
                    break;
                }
            }
        }
        return i;
    }

    /** The index of the statement's first word, after the options and EXPLAIN or PROFILE. */
    private static int firstStatementWord(List<Token> tokens) {
        int i = afterOptions(tokens);
        boolean planOrProfile = i < tokens.size() && (tokens.get(i).isWord("EXPLAIN") || tokens.get(i).isWord("PROFILE"));
        return planOrProfile ? i + 1 : i;
    }

    /** "IN TRANSACTIONS", "IN 4 CONCURRENT TRANSACTIONS". */
    private static boolean isInTransactions(List<Token> tokens, int i) {
        int j = i - 1;
        if (j >= 0 && tokens.get(j).isWord("CONCURRENT")) {
            j--;
            if (j >= 0 && (tokens.get(j).kind() == Kind.NUMBER || tokens.get(j).kind() == Kind.PARAMETER)) {
                j--;
            }
        }
        return j >= 0 && tokens.get(j).isWord("IN");
    }

    /** "db.index.fulltext.queryNodes" after CALL, or null for a subquery: CALL { ... } or CALL (x) { ... }. */
    private static String procedureName(List<Token> tokens, int i) {
        var name = new StringBuilder();
        while (i < tokens.size()) {
            Token part = tokens.get(i);
            if (part.kind() != Kind.WORD && part.kind() != Kind.QUOTED_NAME) {
                break;
            }
            name.append(part.text());
            if (!next(tokens, i).isSymbol('.')) {
                break;
            }
            name.append('.');
            i += 2;
        }
        return name.isEmpty() ? null : name.toString();
    }

    private static final Token END = new Token(Kind.SYMBOL, ";", -1);

    private static Token next(List<Token> tokens, int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1) : END;
    }
}
