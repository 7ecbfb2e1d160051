package vn.steerboard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vn.steerboard.SteerboardApplication;

/** One run of the jar's command line in this JVM, with what it printed (standard output and errors). */
record CommandRun(int exitCode, String output) {

    static CommandRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int exitCode = SteerboardCommand.execute(SteerboardApplication.class, args);
            return new CommandRun(exitCode, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
