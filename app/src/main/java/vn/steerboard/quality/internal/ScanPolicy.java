package vn.steerboard.quality.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.quality.engine.ScanException;
import vn.steerboard.quality.engine.SqlErrors;

/**
 * What a server-side scan may touch. JDBC: one of four drivers, a host and port an ADMIN listed, never loopback
 * or the application's own database unless a row names them exactly, read-only and bounded in time. FILE: a
 * regular file under the owner unit's folder of {@code steerboard.quality.files-root}, after following every
 * symbolic link and {@code ..}; a missing file and a forbidden one get the same answer.
 */
@Component
public class ScanPolicy {

    private static final Logger log = LoggerFactory.getLogger(ScanPolicy.class);
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}\\.(csv|parquet)",
            Pattern.CASE_INSENSITIVE);
    static final String NO_SUCH_FILE = "no readable .csv or .parquet file of that name in the unit's folder"
            + " (upload it with PUT /api/quality/units/{unit}/files/{name}, or have an operator place it there)";

    /** An entry of the allow-list. */
    public record AllowedHost(long id, String host, int port, String database, String note, String createdBy,
            OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Path filesRoot;
    private final int statementTimeoutSeconds;
    private final long maxUploadBytes;
    private final JdbcTarget ownDatabase;
    private final Clock clock;

    ScanPolicy(JdbcClient jdbc, @Value("${steerboard.quality.files-root:${steerboard.data-dir:./data}/quality-files}") String filesRoot,
            @Value("${steerboard.quality.statement-timeout-seconds:300}") int statementTimeoutSeconds,
            @Value("${steerboard.quality.max-upload-bytes:524288000}") long maxUploadBytes,
            @Value("${spring.datasource.url:}") String ownUrl, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.filesRoot = Path.of(filesRoot).toAbsolutePath().normalize();
        this.statementTimeoutSeconds = Math.max(1, statementTimeoutSeconds);
        this.maxUploadBytes = maxUploadBytes;
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
        String refusal = refusal(target, false);
        if (refusal != null) {
            throw InvalidParameterException.field("location", JdbcTarget.redact(url), refusal);
        }
    }

    /**
     * Why the target may not be scanned, or null when it may. When {@code connecting}, the host must resolve and
     * every address it resolves to is judged; at registration a name that does not resolve (yet) is judged at the
     * first scan.
     */
    String refusal(JdbcTarget target, boolean connecting) {
        String host = JdbcTarget.stripBrackets(target.host());
        List<AllowedHost> entries = hosts().stream().filter(e -> JdbcTarget.stripBrackets(e.host()).equalsIgnoreCase(host)
                && e.port() == target.port()
                && (e.database() == null || e.database().equals(target.databaseName()))).toList();
        if (entries.isEmpty()) {
            return "host '" + target.host() + "' port " + target.port()
                    + " is not on the list of hosts an ADMIN allowed for scans (/api/admin/quality/hosts)";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            if (connecting) {
                return "host '" + target.host() + "' cannot be resolved";
            }
            addresses = new InetAddress[0];
        }
        for (InetAddress address : addresses) {
            if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isMulticastAddress()) {
                return "host '" + target.host() + "' resolves to an address scans never reach";
            }
            if (address.isLoopbackAddress() && !isLoopbackName(host)) {
                return "host '" + target.host() + "' resolves to this machine; only an entry naming localhost or a"
                        + " loopback address itself allows that";
            }
        }
        if (ownDatabase != null && ownDatabase.port() == target.port()
                && ownDatabase.databaseName().equals(target.databaseName()) && sameMachine(ownDatabase.host(), host, addresses)
                && entries.stream().noneMatch(e -> target.databaseName().equals(e.database()))) {
            return "this is the application's own database; it is scanned only when an ADMIN lists this database by name";
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
        String refusal = refusal(target, true);
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
        return jdbc.sql("SELECT * FROM quality_allowed_host ORDER BY host, port, database_name").query((rs, n) ->
                new AllowedHost(rs.getLong("id"), rs.getString("host"), rs.getInt("port"), rs.getString("database_name"),
                        rs.getString("note"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    AllowedHost addHost(String host, Integer port, String database, String note, String by) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (!h.matches("\\[[0-9a-f:.]+\\]|[0-9a-f:]+:[0-9a-f:.]*|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?")) {
            throw InvalidParameterException.field("host", host, "a host name or IP address, no port, no wildcard");
        }
        h = h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
        if (port == null || port < 1 || port > 65535) {
            throw InvalidParameterException.field("port", port, "a port number 1..65535");
        }
        String db = database == null || database.isBlank() ? null : database.strip();
        if (db != null && !db.matches("[A-Za-z0-9_][A-Za-z0-9_.$-]{0,127}")) {
            throw InvalidParameterException.field("database", database, "a plain database name, or nothing for any");
        }
        String hostKey = h;
        if (hosts().stream().anyMatch(e -> e.host().equals(hostKey) && e.port() == port
                && java.util.Objects.equals(e.database(), db))) {
            throw InvalidParameterException.field("host", host, "already listed with this port and database");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quality_allowed_host (host, port, database_name, note, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(h, port, db, note == null ? null : note.strip().substring(0, Math.min(500, note.strip().length())),
                        by, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return hosts().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    AllowedHost removeHost(long id) {
        AllowedHost entry = hosts().stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("No allowed host " + id));
        jdbc.sql("DELETE FROM quality_allowed_host WHERE id = ?").param(id).update();
        return entry;
    }

    // ---------------------------------------------------------------- files

    /** The unit's folder (created when missing), resolved to its real path. */
    public Path unitFolder(String unit) {
        if (unit == null || !UNIT.matcher(unit).matches()) {
            throw InvalidParameterException.field("unit", unit, "a unit code");
        }
        try {
            Path folder = filesRoot.resolve(unit);
            Files.createDirectories(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the unit's folder under " + filesRoot, e);
        }
    }

    /**
     * The file a FILE source names, inside the owner unit's folder after every link and {@code ..} is followed;
     * the same 400 whether it does not exist or lies outside.
     */
    public Path requireFile(String unit, String location) {
        return resolveFile(unit, location).orElseThrow(() -> InvalidParameterException.field("location", location,
                NO_SUCH_FILE));
    }

    Optional<Path> resolveFile(String unit, String location) {
        if (location == null || location.isBlank() || location.length() > 500 || location.indexOf('\0') >= 0
                || !location.strip().toLowerCase(Locale.ROOT).matches(".+\\.(csv|parquet)")) {
            return Optional.empty();
        }
        try {
            Path folder = unitFolder(unit);
            Path candidate = folder.resolve(location.strip());
            Path real = candidate.toRealPath();
            if (!real.startsWith(folder) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) || !Files.isReadable(real)
                    || !real.getFileName().toString().toLowerCase(Locale.ROOT).matches(".+\\.(csv|parquet)")) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores an uploaded file in the unit's folder under a plain name; replaces a file (or link) of that name. */
    public Map<String, Object> storeUpload(String unit, String fileName, InputStream content) {
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        if (!FILE_NAME.matcher(name).matches()) {
            throw InvalidParameterException.field("file", fileName, "a plain .csv or .parquet file name (letters, digits,"
                    + " '.', '_', '-')");
        }
        Path folder = unitFolder(unit);
        try {
            Path temporary = Files.createTempFile(folder, ".upload-", ".part");
            try {
                long size;
                try (InputStream in = content; var out = Files.newOutputStream(temporary)) {
                    size = copyAtMost(in, out, maxUploadBytes);
                }
                if (size < 0) {
                    throw InvalidParameterException.field("file", name, "larger than " + maxUploadBytes + " bytes");
                }
                if (size == 0) { // also what a form-encoded body leaves: the servlet container takes it as parameters
                    throw InvalidParameterException.field("file", name, "the file is empty: send its bytes as the request"
                            + " body with Content-Type text/csv or application/octet-stream");
                }
                Path target = folder.resolve(name);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Map<String, Object> stored = new LinkedHashMap<>();
                stored.put("unit", unit);
                stored.put("location", name);
                stored.put("bytes", size);
                return stored;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the file in the unit's folder", e);
        }
    }

    private static long copyAtMost(InputStream in, java.io.OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    /** The plain files of the unit's folder (no links, no sub-folders). */
    public List<Map<String, Object>> files(String unit) {
        Path folder = unitFolder(unit);
        List<Map<String, Object>> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && FILE_NAME.matcher(p.getFileName().toString()).matches()) {
                    files.add(Map.of("location", p.getFileName().toString(), "bytes", Files.size(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public Path filesRoot() {
        return filesRoot;
    }

    static String describeKinds() {
        return Arrays.toString(JdbcTarget.Kind.values());
    }
}
