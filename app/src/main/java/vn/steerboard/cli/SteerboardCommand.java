package vn.steerboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Batch jobs run by the same jar as the server: {@code java -jar steerboard.jar <command>}.
 * With no command the jar starts the server.
 */
@Command(name = "steerboard", mixinStandardHelpOptions = true,
        description = "Steerboard batch commands. Without a command, the jar starts the server.",
        subcommands = {AuditCommand.class})
public class SteerboardCommand implements Runnable {

    /** True when the arguments name a command rather than server options such as --server.port. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || args[0].equals("--help") || args[0].equals("--version"));
    }

    public static int execute(String[] args) {
        return new CommandLine(new SteerboardCommand()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
