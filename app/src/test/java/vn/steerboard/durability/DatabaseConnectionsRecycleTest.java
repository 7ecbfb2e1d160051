package vn.steerboard.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * The database keeps working when the pool recycles its connections, as it does every 30 minutes (Hikari's
 * max-lifetime), the one that ran the migrations included. With H2 2.4.240 it did not: a CHECK ... IN constraint
 * kept the session that created it, and every insert it guards failed with "The database has been closed" once
 * that session was gone; the shared test database broke in every suite run longer than 30 minutes, and so would
 * an embedded server 30 minutes after its first start.
 */
@IntegrationTest
class DatabaseConnectionsRecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aConstraintStillGuardsInsertsOnceTheConnectionThatCreatedItIsClosed() throws Exception {
        String url = "jdbc:h2:mem:recycle-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Connection creator = DriverManager.getConnection(url, "sa", "");
        creator.createStatement().execute("CREATE TABLE throttle (kind VARCHAR(8) NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')))");
        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            creator.close();
            other.createStatement().execute("INSERT INTO throttle VALUES ('ACCOUNT')");
            try (ResultSet rows = other.createStatement().executeQuery("SELECT COUNT(*) FROM throttle")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> other.createStatement()
                    .execute("INSERT INTO throttle VALUES ('OTHER')"))).as("the constraint still refuses").isNotNull();
        }
    }

    @Test
    void theApplicationWritesAfterThePoolRetiredEveryConnection() {
        // an account of the test's own: the refused sign-in counts toward its lock, never a shared demo account's
        String officer = vn.steerboard.support.TestFixtures.account(port, "fx.recycle.officer", "OFFICER", "96");
        if (dataSource instanceof HikariDataSource pool) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        // a failed sign-in writes a throttle row (CHECK subject_kind IN ...), an account a user row
        assertThat(Api.as(port, officer, "not-the-password").from(Client.ownAddress()).get("/api/tasks/summary").status()).isEqualTo(401);
        Api.Reply created = Api.as(port, DemoFacts.ADMIN).post("/api/admin/users", Map.of("username",
                "fx.recycle." + UUID.randomUUID().toString().substring(0, 8), "displayName", "Kiểm thử kết nối",
                "email", "recycle@test.steerboard.gov.vn", "password", Api.DEMO_PASSWORD, "role", "VIEWER"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
}
