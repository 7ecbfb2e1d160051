package vn.steerboard.quality.engine.expression;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import vn.steerboard.quality.engine.sql.Dialect;

/**
 * A node of a parsed rule; {@link #sql} writes it for one database, or canonically for a null dialect. The tree is
 * the only thing SQL is written from: the user's text never reaches a database.
 */
public sealed interface Node {

    String sql(Dialect dialect);

    record Column(String name) implements Node {
        public String sql(Dialect dialect) {
            return dialect == null ? name : dialect.quote(name);
        }
    }

    record NumberLiteral(BigDecimal value) implements Node {
        public String sql(Dialect dialect) {
            return value.toPlainString();
        }
    }

    record TextLiteral(String value) implements Node {
        public String sql(Dialect dialect) {
            // no backslash and no control character reaches here (refused by the tokenizer): only quotes to double
            return (dialect == Dialect.SQLSERVER ? "N'" : "'") + value.replace("'", "''") + "'";
        }
    }

    record BooleanLiteral(boolean value) implements Node {
        public String sql(Dialect dialect) {
            return dialect == null ? (value ? "TRUE" : "FALSE") : value ? "(1 = 1)" : "(1 = 0)";
        }
    }

    record NullLiteral() implements Node {
        public String sql(Dialect dialect) {
            return "NULL";
        }
    }

    record DateLiteral(String iso) implements Node {
        public String sql(Dialect dialect) {
            return dialect == null ? "DATE '" + iso + "'" : dialect.date(iso);
        }
    }

    record Negate(Node operand) implements Node {
        public String sql(Dialect dialect) {
            return "(-" + operand.sql(dialect) + ")";
        }
    }

    record Not(Node operand) implements Node {
        public String sql(Dialect dialect) {
            return "(NOT " + operand.sql(dialect) + ")";
        }
    }

    record Binary(String operator, Node left, Node right) implements Node {
        public String sql(Dialect dialect) {
            if (operator.equals("||") && (dialect == Dialect.MYSQL || dialect == Dialect.SQLSERVER)) {
                return "CONCAT(" + left.sql(dialect) + ", " + right.sql(dialect) + ")";
            }
            return "(" + left.sql(dialect) + " " + operator + " " + right.sql(dialect) + ")";
        }
    }

    record IsNull(Node operand, boolean negated) implements Node {
        public String sql(Dialect dialect) {
            return "(" + operand.sql(dialect) + (negated ? " IS NOT NULL)" : " IS NULL)");
        }
    }

    record Between(Node operand, Node low, Node high, boolean negated) implements Node {
        public String sql(Dialect dialect) {
            return "(" + operand.sql(dialect) + (negated ? " NOT" : "") + " BETWEEN " + low.sql(dialect) + " AND "
                    + high.sql(dialect) + ")";
        }
    }

    record In(Node operand, List<Node> values, boolean negated) implements Node {
        public String sql(Dialect dialect) {
            return "(" + operand.sql(dialect) + (negated ? " NOT" : "") + " IN (" + list(values, dialect) + "))";
        }
    }

    record Like(Node operand, Node pattern, boolean negated) implements Node {
        public String sql(Dialect dialect) {
            return "(" + operand.sql(dialect) + (negated ? " NOT" : "") + " LIKE " + pattern.sql(dialect) + ")";
        }
    }

    record Call(Function function, List<Node> arguments) implements Node {
        public String sql(Dialect dialect) {
            return function.spelling(dialect) + "(" + list(arguments, dialect) + ")";
        }
    }

    record Cast(Node operand, String type) implements Node {
        public String sql(Dialect dialect) {
            return "CAST(" + operand.sql(dialect) + " AS " + (dialect == null ? type : target(dialect)) + ")";
        }

        private String target(Dialect dialect) {
            return switch (type) {
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
        }
    }

    record Extract(String field, Node operand) implements Node {
        public String sql(Dialect dialect) {
            return dialect == Dialect.SQLSERVER ? "DATEPART(" + field + ", " + operand.sql(dialect) + ")"
                    : "EXTRACT(" + field + " FROM " + operand.sql(dialect) + ")";
        }
    }

    private static String list(List<Node> nodes, Dialect dialect) {
        return nodes.stream().map(n -> n.sql(dialect)).collect(Collectors.joining(", "));
    }
}
