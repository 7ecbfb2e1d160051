package vn.steerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The jar's {@code audit verify} command against a real (embedded) database, intact and then tampered. */
class AuditVerifyCommandTest {

    private final String url = "jdbc:h2:mem:cli-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void exitsZeroOnAnIntactChainAndOneNamingTheRecordWhenTampered() throws Exception {
        // First run with demo data so that there are records to check.
        CommandRun intact = run("audit", "verify", "--spring.datasource.url=" + url, "--steerboard.demo.enabled=true");
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).containsPattern("Audit chain intact: [1-9]\\d* records checked");

        long tamperedSeq;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            var result = connection.createStatement().executeQuery("SELECT MIN(seq) FROM audit_record");
            result.next();
            tamperedSeq = result.getLong(1);
            connection.createStatement().executeUpdate(
                    "UPDATE audit_record SET actor = 'intruder' WHERE seq = " + tamperedSeq);
        }

        CommandRun broken = run("audit", "verify", "--spring.datasource.url=" + url);
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("BROKEN at record " + tamperedSeq);
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
