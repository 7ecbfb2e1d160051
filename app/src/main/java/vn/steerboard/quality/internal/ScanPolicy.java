package vn.steerboard.quality.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.quality.engine.ScanException;
import vn.steerboard.quality.engine.SqlErrors;

/**
 * What a server-side scan of a database may touch: one of four drivers, a host and port an ADMIN listed (the
 * allow-list, kept by {@link AllowedHostStore}), never loopback or the application's own database unless a row
 * names them exactly, read-only and bounded in time. Files are {@link UnitFolders}' business.
 */
@Component
public class ScanPolicy {

    private static final Logger log = LoggerFactory.getLogger(ScanPolicy.class);

    /** An entry of the allow-list. */
    public record AllowedHost(long id, String host, int port, String database, String note, String createdBy,
            OffsetDateTime createdAt) {
    }

    private final AllowedHostStore hosts;
    private final int statementTimeoutSeconds;
    private final JdbcTarget ownDatabase;
    private final Clock clock;

    ScanPolicy(AllowedHostStore hosts, @Value("${steerboard.quality.statement-timeout-seconds:300}") int statementTimeoutSeconds,
            @Value("${spring.datasource.url:}") String ownUrl, Optional<Clock> clock) {
        this.hosts = hosts;
        this.statementTimeoutSeconds = Math.max(1, statementTimeoutSeconds);
        this.ownDatabase = ownTarget(ownUrl);
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    private static JdbcTarget ownTarget(String url) {
        try {
            return url == null || url.isBlank() ? null : JdbcTarget.parse(url.replaceAll("[?;].*$", ""));
        } catch (InvalidParameterException e) {
            return null; // an embedded database (H2): no scan can reach it, H2 is refused as a source
        }
    }

    int statementTimeoutSeconds() {
        return statementTimeoutSeconds;
    }

    // ---------------------------------------------------------------- JDBC

    /** The URL parsed and its host allowed; a 400 naming the problem otherwise. */
    public void requireJdbc(String url) {
        JdbcTarget target = JdbcTarget.parse(url);
        Refusal refusal = refusal(target, false);
        if (refusal != null) {
            throw InvalidParameterException.field("location", JdbcTarget.redact(url), refusal.text())
                    .because(refusal.key(), refusal.args());
        }
    }

    /**
     * Why the target may not be scanned, or null when it may. When {@code connecting}, the host must resolve and
     * every address it resolves to is judged; at registration a name that does not resolve (yet) is judged at the
     * first scan.
     */
    /** Why a target is refused: the English text, and the same as a bundle key with its arguments. */
    record Refusal(String text, String key, Object... args) {
        @Override
        public String toString() {
            return text;
        }
    }

    Refusal refusal(JdbcTarget target, boolean connecting) {
        String host = JdbcTarget.stripBrackets(target.host());
        List<AllowedHost> entries = hosts().stream().filter(e -> JdbcTarget.stripBrackets(e.host()).equalsIgnoreCase(host)
                && e.port() == target.port()
                && (e.database() == null || e.database().equals(target.databaseName()))).toList();
        if (entries.isEmpty()) {
            return new Refusal("host '" + target.host() + "' port " + target.port()
                    + " is not on the list of hosts an ADMIN allowed for scans (/api/admin/quality/hosts)",
                    "reason.jdbc.hostNotAllowed", target.host(), String.valueOf(target.port()));
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            if (connecting) {
                return new Refusal("host '" + target.host() + "' cannot be resolved", "reason.jdbc.unresolved", target.host());
            }
            addresses = new InetAddress[0];
        }
        for (InetAddress address : addresses) {
            if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isMulticastAddress()) {
                return new Refusal("host '" + target.host() + "' resolves to an address scans never reach",
                        "reason.jdbc.unreachable", target.host());
            }
            if (address.isLoopbackAddress() && !isLoopbackName(host)) {
                return new Refusal("host '" + target.host() + "' resolves to this machine; only an entry naming localhost or a"
                        + " loopback address itself allows that", "reason.jdbc.loopback", target.host());
            }
        }
        if (ownDatabase != null && ownDatabase.port() == target.port()
                && ownDatabase.databaseName().equals(target.databaseName()) && sameMachine(ownDatabase.host(), host, addresses)
                && entries.stream().noneMatch(e -> target.databaseName().equals(e.database()))) {
            return new Refusal("this is the application's own database; it is scanned only when an ADMIN lists this database"
                    + " by name", "reason.jdbc.ownDatabase");
        }
        return null;
    }

    private static boolean isLoopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        try {
            return (h.matches("[0-9.]+") || h.contains(":")) && InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean sameMachine(String ownHost, String targetHost, InetAddress[] target) {
        if (JdbcTarget.stripBrackets(ownHost).equalsIgnoreCase(targetHost)) {
            return true;
        }
        try {
            InetAddress[] own = InetAddress.getAllByName(JdbcTarget.stripBrackets(ownHost));
            for (InetAddress a : own) {
                for (InetAddress b : target) {
                    if (a.equals(b) || a.isLoopbackAddress() && b.isLoopbackAddress()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return true; // cannot tell: treat as the same
        }
    }

    /**
     * A read-only connection, opened by the one driver the URL names (never by DriverManager's search, which
     * would hand the URL to any driver on the class path). Errors come back classified; the driver's text goes to
     * the log only.
     */
    Connection connect(JdbcTarget target, String user, String password) {
        Refusal refusal = refusal(target, true);
        if (refusal != null) {
            throw new ScanException("Not allowed: " + refusal, null);
        }
        Driver driver;
        try {
            driver = (Driver) Class.forName(target.kind().driverClass).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ScanException("This server has no " + target.kind().name().toLowerCase(Locale.ROOT)
                    + " driver installed; scan with the command line inside the agency and upload the report", null);
        }
        try {
            Connection connection = driver.connect(target.url(),
                    target.connectionProperties(user, password, statementTimeoutSeconds));
            if (connection == null) {
                throw new ScanException("Cannot connect: the driver refused the URL", null);
            }
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            log.warn("Connection to {}:{} failed: {}", target.host(), target.port(), e.toString());
            throw new ScanException("Cannot connect to " + target.host() + ":" + target.port() + ": "
                    + SqlErrors.describe(e), e);
        }
    }

    // ---------------------------------------------------------------- allow-list

    public List<AllowedHost> hosts() {
        return hosts.all();
    }

    AllowedHost addHost(String host, Integer port, String database, String note, String by) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (!h.matches("\\[[0-9a-f:.]+\\]|[0-9a-f:]+:[0-9a-f:.]*|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?")) {
            throw InvalidParameterException.field("host", host, "a host name or IP address, no port, no wildcard")
                    .because("reason.host.name");
        }
        h = h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
        if (port == null || port < 1 || port > 65535) {
            throw InvalidParameterException.field("port", port, "a port number 1..65535")
                    .because("reason.host.port");
        }
        String db = database == null || database.isBlank() ? null : database.strip();
        if (db != null && !db.matches("[A-Za-z0-9_][A-Za-z0-9_.$-]{0,127}")) {
            throw InvalidParameterException.field("database", database, "a plain database name, or nothing for any")
                    .because("reason.host.database");
        }
        String hostKey = h;
        if (hosts().stream().anyMatch(e -> e.host().equals(hostKey) && e.port() == port
                && java.util.Objects.equals(e.database(), db))) {
            throw InvalidParameterException.field("host", host, "already listed with this port and database")
                    .because("reason.host.listed");
        }
        long id = hosts.insert(h, port, db,
                note == null ? null : note.strip().substring(0, Math.min(500, note.strip().length())), by,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        return hosts().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    AllowedHost removeHost(long id) {
        AllowedHost entry = hosts().stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("No allowed host " + id).because("problem.host.notFound", String.valueOf(id)));
        hosts.delete(id);
        return entry;
    }

    static String describeKinds() {
        return Arrays.toString(JdbcTarget.Kind.values());
    }
}
