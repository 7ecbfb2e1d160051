package vn.steerboard.quality.engine.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.steerboard.quality.engine.sql.Dialect;

/**
 * A row rule of an {@code expression} check, parsed (never filtered) into a tree, and written back as SQL
 * from that tree only: the user's text never reaches a database.
 *
 * <p>The accepted language is small on purpose:
 * <pre>
 * rule      := or
 * or        := and (OR and)*
 * and       := not (AND not)*
 * not       := NOT not | predicate
 * predicate := sum [ (= | &lt;&gt; | != | &lt; | &lt;= | &gt; | &gt;=) sum
 *                  | IS [NOT] NULL | [NOT] BETWEEN sum AND sum | [NOT] IN ( sum, … ) | [NOT] LIKE sum ]
 * sum       := product ((+ | - | ||) product)*
 * product   := unary ((* | /) unary)*
 * unary     := - unary | primary
 * primary   := column | number | 'text' | TRUE | FALSE | NULL | DATE 'yyyy-mm-dd'
 *            | function ( sum, … ) | CAST ( sum AS DATE|INTEGER|DECIMAL|VARCHAR ) | EXTRACT ( YEAR|MONTH|DAY FROM sum )
 *            | ( rule )
 * </pre>
 * Functions are a named allow-list of pure ones ({@link Function}), spelled for each dialect. Everything else is
 * refused with its position (1-based character): any other call, any sub-query form ({@code SELECT},
 * {@code TABLE}, {@code FROM}, {@code VALUES}, {@code WITH}), comments, {@code ;}, quoted identifiers, and text
 * literals that carry SQL (a keyword or a call such as {@code 'SELECT …'} or {@code 'x(…'}).
 */
public final class RowExpression {

    /** The longest rule accepted, and the deepest nesting: a rule is one line of logic, not a program. */
    public static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 40;

    /** Words that begin or shape a statement or a sub-query; never a column, never inside a text literal. */
    private static final Set<String> STATEMENT_WORDS = Set.of("SELECT", "TABLE", "FROM", "VALUES", "WITH", "UNION",
            "EXCEPT", "INTERSECT", "EXISTS", "INSERT", "UPDATE", "DELETE", "MERGE", "DROP", "CREATE", "ALTER", "CALL",
            "EXEC", "EXECUTE", "GRANT", "REVOKE", "TRUNCATE", "COPY", "ATTACH", "DETACH", "PRAGMA", "INTO", "SET",
            "DECLARE", "BEGIN", "COMMIT", "ROLLBACK", "LOAD", "INSTALL", "RUNSCRIPT", "SCRIPT", "ALIAS", "ORDER",
            "GROUP", "HAVING", "WHERE", "JOIN", "LIMIT", "OFFSET", "FETCH", "RETURNING", "LATERAL", "ROW", "ARRAY",
            "ANY", "ALL", "SOME", "OVER", "PARTITION", "WINDOW", "CASE", "WHEN", "THEN", "ELSE", "END", "DO", "SHOW");
    private static final Set<String> OWN_WORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "BETWEEN", "IN", "LIKE",
            "TRUE", "FALSE", "DATE", "CAST", "AS", "EXTRACT", "YEAR", "MONTH", "DAY", "INTEGER", "DECIMAL", "VARCHAR");
    private static final Pattern WORD_IN_TEXT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CALL_IN_TEXT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\(");

    /** The pure functions a rule may call, with their arity and their spelling in each dialect. */
    public enum Function {
        LENGTH(1, 1), UPPER(1, 1), LOWER(1, 1), TRIM(1, 1), ABS(1, 1), ROUND(1, 2), COALESCE(2, 8), NULLIF(2, 2),
        SUBSTRING(2, 3);

        final int minArgs;
        final int maxArgs;

        Function(int minArgs, int maxArgs) {
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
        }

        String spelling(Dialect dialect) {
            if (dialect == null) {
                return name();
            }
            return switch (this) {
                case LENGTH -> dialect == Dialect.SQLSERVER ? "LEN" : dialect == Dialect.MYSQL ? "CHAR_LENGTH" : "LENGTH";
                case SUBSTRING -> dialect == Dialect.ORACLE ? "SUBSTR" : "SUBSTRING";
                default -> name();
            };
        }

        static Function named(String word) {
            for (Function f : values()) {
                if (f.name().equals(word)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** A node of the parsed rule; {@link #sql} writes it for one database, or canonically for a null dialect. */
    public sealed interface Node {
        String sql(Dialect dialect);
    }

    public record Column(String name) implements Node {
        public String sql(Dialect dialect) {
            return dialect == null ? name : dialect.quote(name);
        }
    }

    public record NumberLiteral(BigDecimal value) implements Node {
        public String sql(Dialect dialect) {
            return value.toPlainString();
        }
    }

    public record TextLiteral(String value) implements Node {
        public String sql(Dialect dialect) {
            // no backslash and no control character reaches here (refused by the tokenizer): only quotes to double
            return (dialect == Dialect.SQLSERVER ? "N'" : "'") + value.replace("'", "''") + "'";
        }
    }

    public record BooleanLiteral(boolean value) implements Node {
        public String sql(Dialect dialect) {
            return dialect == null ? (value ? "TRUE" : "FALSE") : value ? "(1 = 1)" : "(1 = 0)";
        }
    }

    public record NullLiteral() implements Node {
        public String sql(Dialect dialect) {
            return "NULL";
        }
    }

    public record DateLiteral(String iso) implements Node {
        public String sql(Dialect dialect) {
            return dialect == null ? "DATE '" + iso + "'" : dialect.date(iso);
        }
    }

    public record Negate(Node operand) implements Node {
        public String sql(Dialect dialect) {
            return "(-" + operand.sql(dialect) + ")";
        }
    }

    public record Not(Node operand) implements Node {
        public String sql(Dialect dialect) {
            return "(NOT " + operand.sql(dialect) + ")";
        }
    }

    public record Binary(String operator, Node left, Node right) implements Node {
        public String sql(Dialect dialect) {
            if (operator.equals("||") && (dialect == Dialect.MYSQL || dialect == Dialect.SQLSERVER)) {
                return "CONCAT(" + left.sql(dialect) + ", " + right.sql(dialect) + ")";
            }
            return "(" + left.sql(dialect) + " " + operator + " " + right.sql(dialect) + ")";
        }
    }

    public record IsNull(Node operand, boolean negated) implements Node {
        public String sql(Dialect dialect) {
            return "(" + operand.sql(dialect) + (negated ? " IS NOT NULL)" : " IS NULL)");
        }
    }

    public record Between(Node operand, Node low, Node high, boolean negated) implements Node {
        public String sql(Dialect dialect) {
            return "(" + operand.sql(dialect) + (negated ? " NOT" : "") + " BETWEEN " + low.sql(dialect) + " AND "
                    + high.sql(dialect) + ")";
        }
    }

    public record In(Node operand, List<Node> values, boolean negated) implements Node {
        public String sql(Dialect dialect) {
            return "(" + operand.sql(dialect) + (negated ? " NOT" : "") + " IN ("
                    + values.stream().map(v -> v.sql(dialect)).collect(Collectors.joining(", ")) + "))";
        }
    }

    public record Like(Node operand, Node pattern, boolean negated) implements Node {
        public String sql(Dialect dialect) {
            return "(" + operand.sql(dialect) + (negated ? " NOT" : "") + " LIKE " + pattern.sql(dialect) + ")";
        }
    }

    public record Call(Function function, List<Node> arguments) implements Node {
        public String sql(Dialect dialect) {
            return function.spelling(dialect) + "("
                    + arguments.stream().map(a -> a.sql(dialect)).collect(Collectors.joining(", ")) + ")";
        }
    }

    public record Cast(Node operand, String type) implements Node {
        public String sql(Dialect dialect) {
            if (dialect == null) {
                return "CAST(" + operand.sql(null) + " AS " + type + ")";
            }
            String target = switch (type) {
                case "VARCHAR" -> switch (dialect) {
                    case SQLSERVER -> "NVARCHAR(4000)";
                    case ORACLE -> "VARCHAR2(4000)";
                    case MYSQL -> "CHAR";
                    default -> "VARCHAR";
                };
                case "INTEGER" -> dialect == Dialect.MYSQL ? "SIGNED" : dialect == Dialect.ORACLE ? "NUMBER(19)" : "BIGINT";
                case "DECIMAL" -> dialect == Dialect.ORACLE ? "NUMBER" : "DECIMAL(38, 10)";
                default -> "DATE";
            };
            return "CAST(" + operand.sql(dialect) + " AS " + target + ")";
        }
    }

    public record Extract(String field, Node operand) implements Node {
        public String sql(Dialect dialect) {
            return dialect == Dialect.SQLSERVER ? "DATEPART(" + field + ", " + operand.sql(dialect) + ")"
                    : "EXTRACT(" + field + " FROM " + operand.sql(dialect) + ")";
        }
    }

    /** A parsed rule: its tree, the columns it reads, and its canonical text (what is stored and shown). */
    public record Parsed(Node root, Set<String> columns, String canonical) {

        public String sql(Dialect dialect) {
            return root.sql(dialect);
        }
    }

    /** Parses a rule; refuses anything outside the language with its 1-based character position. */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException(1, "an expression is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(MAX_LENGTH + 1, "longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(tokens(text));
        Node root = parser.rule();
        parser.expectEnd();
        return new Parsed(root, parser.columns, root.sql(null));
    }

    private enum Kind { WORD, NUMBER, TEXT, SYMBOL, END }

    private record Token(Kind kind, String text, int position) {
        boolean is(String word) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(word);
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int position = i + 1;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-'
                    || c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*'
                    || c == '#') {
                throw new ExpressionException(position, "comments are not allowed");
            } else if (c == ';') {
                throw new ExpressionException(position, "';' is not allowed: an expression is one rule, not statements");
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) {
                        throw new ExpressionException(position, "text literal not closed");
                    }
                    char d = text.charAt(j);
                    if (d == '\'') {
                        if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                            value.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (d == '\\' || Character.isISOControl(d)) {
                        throw new ExpressionException(j + 1, "a backslash or control character is not allowed in text");
                    }
                    value.append(d);
                    j++;
                }
                tokens.add(new Token(Kind.TEXT, value.toString(), position));
                i = j + 1;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int j = i;
                while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
                if (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
                    throw new ExpressionException(j + 1, "a number must not run into a name");
                }
                String number = text.substring(i, j);
                if (!number.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
                    throw new ExpressionException(position, "not a number: '" + number + "'");
                }
                tokens.add(new Token(Kind.NUMBER, number, position));
                i = j;
            } else if (c < 128 && (Character.isLetter(c) || c == '_')) {
                int j = i;
                while (j < text.length() && text.charAt(j) < 128
                        && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(i, j), position));
                i = j;
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=") || two.equals("||")) {
                    tokens.add(new Token(Kind.SYMBOL, two, position));
                    i += 2;
                } else if ("=<>()+-*/,".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), position));
                    i++;
                } else {
                    throw new ExpressionException(position, "character '" + printable(c) + "' is not allowed"
                            + (c == '"' || c == '[' || c == '`' ? " (plain column names only, never quoted)" : ""));
                }
            }
        }
        tokens.add(new Token(Kind.END, "", text.length() + 1));
        return tokens;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    /** A text literal is data: it may not carry a statement word or a call, as in CSVWRITE(…, 'SELECT …'). */
    private static void refuseSqlInText(String value, int position) {
        Matcher call = CALL_IN_TEXT.matcher(value);
        if (call.find()) {
            throw new ExpressionException(position + 1 + call.start(), "a function call is not allowed inside a text literal");
        }
        Matcher word = WORD_IN_TEXT.matcher(value);
        while (word.find()) {
            if (STATEMENT_WORDS.contains(word.group().toUpperCase(Locale.ROOT))) {
                throw new ExpressionException(position + 1 + word.start(), "SQL ('" + word.group().toUpperCase(Locale.ROOT)
                        + "') is not allowed inside a text literal");
            }
        }
    }

    private static final class Parser {

        private final List<Token> tokens;
        private final Set<String> columns = new LinkedHashSet<>();
        private int next;
        private int depth;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token peek(int ahead) {
            return tokens.get(Math.min(next + ahead, tokens.size() - 1));
        }

        private Token take() {
            return tokens.get(next++);
        }

        private boolean accept(String word) {
            if (upper(peek()).equals(word) && peek().kind != Kind.TEXT && peek().kind != Kind.NUMBER) {
                next++;
                return true;
            }
            return false;
        }

        private void expect(String word, String what) {
            if (!accept(word)) {
                throw new ExpressionException(peek().position(), "expected " + what + ", found " + describe(peek()));
            }
        }

        void expectEnd() {
            if (peek().kind != Kind.END) {
                throw new ExpressionException(peek().position(), "unexpected " + describe(peek()));
            }
        }

        private static String upper(Token token) {
            return token.text().toUpperCase(Locale.ROOT);
        }

        private static String describe(Token token) {
            return switch (token.kind()) {
                case END -> "the end of the expression";
                case TEXT -> "a text literal";
                default -> "'" + token.text() + "'";
            };
        }

        private void enter(Token at) {
            if (++depth > MAX_DEPTH) {
                throw new ExpressionException(at.position(), "nested more than " + MAX_DEPTH + " levels");
            }
        }

        Node rule() {
            enter(peek());
            Node left = and();
            while (accept("OR")) {
                left = new Binary("OR", left, and());
            }
            depth--;
            return left;
        }

        private Node and() {
            Node left = not();
            while (accept("AND")) {
                left = new Binary("AND", left, not());
            }
            return left;
        }

        private Node not() {
            if (accept("NOT")) {
                enter(peek());
                Node operand = not();
                depth--;
                return new Not(operand);
            }
            return predicate();
        }

        private Node predicate() {
            Node left = sum();
            Token t = peek();
            if (t.kind() == Kind.SYMBOL && Set.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(t.text())) {
                take();
                return new Binary(t.text().equals("!=") ? "<>" : t.text(), left, sum());
            }
            if (accept("IS")) {
                boolean negated = accept("NOT");
                expect("NULL", "NULL after IS");
                return new IsNull(left, negated);
            }
            boolean negated = false;
            if (upper(t).equals("NOT") && t.kind() == Kind.WORD
                    && Set.of("BETWEEN", "IN", "LIKE").contains(upper(peek(1)))) {
                take();
                negated = true;
            }
            if (accept("BETWEEN")) {
                Node low = sum();
                expect("AND", "AND in BETWEEN … AND …");
                return new Between(left, low, sum(), negated);
            }
            if (accept("IN")) {
                expect("(", "'(' after IN");
                if (peek().kind() == Kind.WORD && STATEMENT_WORDS.contains(upper(peek()))) {
                    throw new ExpressionException(peek().position(), "sub-queries are not allowed ('" + upper(peek()) + "')");
                }
                List<Node> values = new ArrayList<>();
                values.add(sum());
                while (accept(",")) {
                    values.add(sum());
                }
                expect(")", "')' closing IN (…)");
                return new In(left, values, negated);
            }
            if (accept("LIKE")) {
                return new Like(left, sum(), negated);
            }
            return left;
        }

        private Node sum() {
            Node left = product();
            while (peek().kind() == Kind.SYMBOL && Set.of("+", "-", "||").contains(peek().text())) {
                String op = take().text();
                left = new Binary(op, left, product());
            }
            return left;
        }

        private Node product() {
            Node left = unary();
            while (peek().kind() == Kind.SYMBOL && Set.of("*", "/").contains(peek().text())) {
                String op = take().text();
                left = new Binary(op, left, unary());
            }
            return left;
        }

        private Node unary() {
            if (peek().is("-")) {
                Token at = take();
                enter(at);
                Node operand = unary();
                depth--;
                return new Negate(operand);
            }
            return primary();
        }

        private Node primary() {
            Token t = take();
            switch (t.kind()) {
                case NUMBER:
                    return new NumberLiteral(new BigDecimal(t.text()));
                case TEXT:
                    refuseSqlInText(t.text(), t.position());
                    return new TextLiteral(t.text());
                case END:
                    throw new ExpressionException(t.position(), "the expression ends too early");
                case SYMBOL:
                    if (t.text().equals("(")) {
                        if (peek().kind() == Kind.WORD && STATEMENT_WORDS.contains(upper(peek()))) {
                            throw new ExpressionException(peek().position(), "sub-queries are not allowed ('"
                                    + upper(peek()) + "')");
                        }
                        Node inner = rule();
                        expect(")", "')'");
                        return inner;
                    }
                    throw new ExpressionException(t.position(), "unexpected '" + t.text() + "'");
                default:
                    break;
            }
            String word = upper(t);
            boolean call = peek().is("(");
            if (STATEMENT_WORDS.contains(word)) {
                throw new ExpressionException(t.position(), "sub-queries and statements are not allowed ('" + word + "')");
            }
            switch (word) {
                case "TRUE":
                    return new BooleanLiteral(true);
                case "FALSE":
                    return new BooleanLiteral(false);
                case "NULL":
                    return new NullLiteral();
                case "DATE":
                    if (peek().kind() == Kind.TEXT) {
                        Token value = take();
                        refuseSqlInText(value.text(), value.position());
                        try {
                            return new DateLiteral(java.time.LocalDate.parse(value.text()).toString());
                        } catch (java.time.format.DateTimeParseException e) {
                            throw new ExpressionException(value.position(), "DATE needs 'yyyy-mm-dd'");
                        }
                    }
                    break;
                case "CAST":
                    if (call) {
                        take();
                        enter(t);
                        Node operand = sum();
                        expect("AS", "AS in CAST(… AS type)");
                        Token type = take();
                        if (!Set.of("DATE", "INTEGER", "DECIMAL", "VARCHAR").contains(upper(type)) || type.kind() != Kind.WORD) {
                            throw new ExpressionException(type.position(), "CAST to DATE, INTEGER, DECIMAL or VARCHAR only");
                        }
                        expect(")", "')' closing CAST");
                        depth--;
                        return new Cast(operand, upper(type));
                    }
                    break;
                case "EXTRACT":
                    if (call) {
                        take();
                        enter(t);
                        Token field = take();
                        if (!Set.of("YEAR", "MONTH", "DAY").contains(upper(field)) || field.kind() != Kind.WORD) {
                            throw new ExpressionException(field.position(), "EXTRACT of YEAR, MONTH or DAY only");
                        }
                        if (!upper(peek()).equals("FROM") || peek().kind() != Kind.WORD) {
                            throw new ExpressionException(peek().position(), "expected FROM in EXTRACT(… FROM …)");
                        }
                        take();
                        Node operand = sum();
                        expect(")", "')' closing EXTRACT");
                        depth--;
                        return new Extract(upper(field), operand);
                    }
                    break;
                default:
                    break;
            }
            if (call) {
                Function function = Function.named(word);
                if (function == null) {
                    throw new ExpressionException(t.position(), "function '" + t.text() + "' is not allowed; allowed: "
                            + java.util.Arrays.stream(Function.values()).map(Enum::name).collect(Collectors.joining(", "))
                            + ", CAST, EXTRACT");
                }
                take();
                enter(t);
                List<Node> arguments = new ArrayList<>();
                if (!peek().is(")")) {
                    if (peek().kind() == Kind.WORD && STATEMENT_WORDS.contains(upper(peek()))) {
                        throw new ExpressionException(peek().position(), "sub-queries are not allowed ('" + upper(peek()) + "')");
                    }
                    arguments.add(sum());
                    while (accept(",")) {
                        arguments.add(sum());
                    }
                }
                expect(")", "')' closing " + function.name());
                depth--;
                if (arguments.size() < function.minArgs || arguments.size() > function.maxArgs) {
                    throw new ExpressionException(t.position(), function.name() + " takes " + function.minArgs
                            + (function.maxArgs == function.minArgs ? "" : " to " + function.maxArgs) + " argument(s)");
                }
                return new Call(function, arguments);
            }
            if (OWN_WORDS.contains(word) || Function.named(word) != null) {
                throw new ExpressionException(t.position(), "'" + t.text() + "' cannot stand here");
            }
            String column = t.text().toLowerCase(Locale.ROOT);
            if (peek().is(".")) {
                throw new ExpressionException(peek().position(), "plain column names only");
            }
            columns.add(column);
            return new Column(column);
        }
    }
}
