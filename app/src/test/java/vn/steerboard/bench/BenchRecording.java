package vn.steerboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** A JFR profile of one part of a benchmark, into the file {@code -Dbench.jfr} names (surefire's argLine recording is
 * overwritten by a second JVM). */
final class BenchRecording {

    private BenchRecording() {
    }

    interface Part {
        void run() throws Exception;
    }

    /** Runs the part, recording it with JFR's "profile" settings when {@code -Dbench.jfr} is given. */
    static void during(Part part) throws Exception {
        String jfr = recordingFile(System.getProperty("bench.jfr"));
        if (jfr == null) {
            part.run();
            return;
        }
        try (jdk.jfr.Recording profile = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            profile.start();
            part.run();
            profile.dump(Path.of(jfr));
        }
    }

    /**
     * The profile's file as given on the command line: a new {@code .jfr} file in an existing directory, never one
     * that is already there (a typo must not overwrite a source or a database file).
     */
    static String recordingFile(String given) {
        if (given == null) {
            return null;
        }
        Path file;
        try {
            file = Path.of(given).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("bench.jfr: not a path: " + e.getReason());
        }
        // NOFOLLOW_LINKS: a link (even a dangling one) is refused, so the recording never writes where it points
        if (!file.getFileName().toString().endsWith(".jfr") || Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || file.getParent() == null
                || !Files.isDirectory(file.getParent())) {
            throw new IllegalArgumentException("bench.jfr: a new .jfr file in an existing directory, not " + given);
        }
        return file.toString();
    }
}
