package vn.steerboard.cli;

import picocli.CommandLine.Command;
import vn.steerboard.quality.engine.cli.ScanCommand;

/**
 * {@code quality scan …}: the quality engine's scan, runnable inside an agency's own network with the same
 * jar; {@code quality upload} sends only the JSON result to the server.
 */
@Command(name = "quality", description = "Database quality commands",
        subcommands = {ScanCommand.class, QualityUploadCommand.class})
class QualityCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
