package vn.steerboard.quality;

import picocli.CommandLine.Command;
import vn.steerboard.quality.engine.cli.ScanCommand;
import vn.steerboard.quality.internal.QualityUploadCommand;

/**
 * {@code quality scan …}: the quality engine's scan, runnable inside an agency's own network with the same
 * jar; {@code quality upload} sends only the JSON result to the server.
 */
@Command(name = "quality", description = "Database quality commands",
        subcommands = {ScanCommand.class, QualityUploadCommand.class})
public class QualityCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
