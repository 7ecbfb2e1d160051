package vn.steerboard.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run: skips when no PostgreSQL answers on a developer's machine, but fails
 * in CI (CI=true), where the PostgreSQL tests must run.
 */
public class PostgresAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.onPostgres()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        String reason = TestDatabase.pgUnreachableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires the PostgreSQL tests to run, but " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
