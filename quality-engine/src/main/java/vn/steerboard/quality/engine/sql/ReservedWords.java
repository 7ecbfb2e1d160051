package vn.steerboard.quality.engine.sql;

import java.util.Locale;
import java.util.Set;

/**
 * Names one of the supported databases reserves, or reads as something else when written bare (in H2 {@code USER}
 * is the current user, {@code VALUE} and {@code YEAR} keywords; in Oracle {@code LEVEL}, {@code SIZE}, {@code UID}):
 * a column with such a name is quoted in the statements the engine writes. The union of the SQL standard's reserved
 * words that are names a register's column may have and each dialect's own.
 */
final class ReservedWords {

    private static final Set<String> WORDS = Set.of(
            // SQL standard, reserved in most of the six
            "ALL", "AND", "ANY", "ARRAY", "AS", "ASC", "AUTHORIZATION", "BETWEEN", "BOTH", "BY", "CASE", "CAST", "CHECK",
            "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_CATALOG", "CURRENT_DATE",
            "CURRENT_PATH", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DAY",
            "DEFAULT", "DELETE", "DESC", "DISTINCT", "DO", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR",
            "FOREIGN", "FROM", "FULL", "GRANT", "GROUP", "GROUPS", "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER",
            "INSERT", "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LIMIT",
            "LOCALTIME", "LOCALTIMESTAMP", "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT", "NULL", "OF", "OFFSET", "ON",
            "ONLY", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "PRIMARY", "QUALIFY", "RANGE", "REFERENCES", "REGEXP",
            "RIGHT", "ROW", "ROWNUM", "ROWS", "SECOND", "SELECT", "SESSION_USER", "SET", "SOME", "SYMMETRIC",
            "SYSTEM_USER", "TABLE", "THEN", "TO", "TOP", "TRAILING", "TRUE", "UNION", "UNIQUE", "UNKNOWN", "UPDATE",
            "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE", "WINDOW", "WITH", "YEAR",
            // Oracle
            "ACCESS", "ADD", "ALTER", "AUDIT", "CLUSTER", "COMMENT", "COMPRESS", "CONNECT", "DATE", "DECIMAL",
            "EXCLUSIVE", "FILE", "FLOAT", "IDENTIFIED", "IMMEDIATE", "INCREMENT", "INDEX", "INITIAL", "INTEGER", "LEVEL",
            "LOCK", "LONG", "MODE", "MODIFY", "NOWAIT", "NUMBER", "OFFLINE", "ONLINE", "OPTION", "PRIOR", "PRIVILEGES",
            "PUBLIC", "RAW", "RENAME", "RESOURCE", "REVOKE", "ROWID", "SESSION", "SHARE", "SIZE", "SMALLINT", "START",
            "SYNONYM", "SYSDATE", "UID", "VALIDATE", "VARCHAR", "VARCHAR2", "VIEW", "WHENEVER",
            // MySQL and SQL Server
            "CHANGE", "CONDITION", "DATABASE", "DIV", "DUAL", "EXPLAIN", "FULLTEXT", "IDENTITY", "INOUT", "KILL",
            "LINES", "LOAD", "MATCH", "MOD", "OUT", "PERCENT", "PLAN", "PROCEDURE", "READ", "RELEASE", "REPLACE",
            "RETURN", "RULE", "SCHEMA", "SEPARATOR", "SHOW", "TRIGGER", "TRUNCATE", "USAGE", "WHILE", "WRITE",
            "XOR", "ZEROFILL");

    private ReservedWords() {
    }

    static boolean contains(String name) {
        return WORDS.contains(name.toUpperCase(Locale.ROOT));
    }
}
