package vn.steerboard.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own (initdb into a temporary directory, a free port, trust on localhost only),
 * which the test may stop and start again: never the shared cluster on 5432. Run as the {@code postgres} user when
 * the build runs as root (PostgreSQL refuses to run as root).
 */
public final class PrivatePostgres implements AutoCloseable {

    public static final String USER = "steerboard";

    private final Path bin;
    private final Path home;
    private final int port;
    private final boolean asRoot;

    private PrivatePostgres(Path bin, Path home, int port, boolean asRoot) {
        this.bin = bin;
        this.home = home;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The newest installed PostgreSQL's bin directory ({@code /usr/lib/postgresql/N/bin}), if any. */
    public static Optional<Path> binaries() {
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions == null) {
            return Optional.empty();
        }
        return Arrays.stream(versions).map(v -> v.toPath().resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
    }

    /** A new cluster, started, with an empty database {@code database}. */
    public static PrivatePostgres start(Path bin, String database) throws Exception {
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path home = Files.createTempDirectory("steerboard-pg");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PrivatePostgres pg = new PrivatePostgres(bin, home, port, asRoot);
        if (asRoot) {
            run(List.of("chown", "postgres", home.toString()), false);
        }
        pg.pg("initdb", "-D", pg.data(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-locale");
        pg.start();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER, "")) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        return pg;
    }

    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Starts (again) on the same port and data. */
    public void start() throws Exception {
        pg("pg_ctl", "-D", data(), "-l", home.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + home + " -c listen_addresses=localhost", "start");
    }

    /** Stops at once: every connection is cut, as when the database server goes away. */
    public void stop() throws Exception {
        pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    }

    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(home.resolve("data/postmaster.pid"))) {
                stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private String data() {
        return home.resolve("data").toString();
    }

    private void pg(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command, asRoot);
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
        }
    }
}
