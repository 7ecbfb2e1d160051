package vn.steerboard.quality.engine.expression;

import java.util.Set;
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
 *
 * <p>The work is shared out: {@link Tokenizer} cuts the text, {@link Parser} and {@link Primaries} build the
 * {@link Node} tree (with {@link SqlWords} keeping statements out), and the tree writes itself as SQL.
 */
public final class RowExpression {

    /** The longest rule accepted, and the deepest nesting: a rule is one line of logic, not a program. */
    public static final int MAX_LENGTH = 2000;

    private RowExpression() {
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
        Parser parser = new Parser(Tokenizer.tokens(text));
        Node root = parser.parseAll();
        return new Parsed(root, parser.columns(), root.sql(null));
    }
}
