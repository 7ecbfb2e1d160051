package vn.steerboard.cli;

import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.steerboard.quality.QualityCommand;

/**
 * Batch jobs run by the same jar as the server: {@code java -jar steerboard.jar <command>}.
 * With no command the jar starts the server.
 */
@Command(name = "steerboard", mixinStandardHelpOptions = true,
        description = "Steerboard batch commands. Without a command, the jar starts the server.",
        subcommands = {AuditCommand.class, QualityCommand.class, IndicatorCommand.class})
public class SteerboardCommand implements Runnable {

    /** True when the arguments name a command rather than server options such as --server.port. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || args[0].equals("--help") || args[0].equals("--version"));
    }

    private final Class<?> application;

    private SteerboardCommand(Class<?> application) {
        this.application = application;
    }

    /** Runs the command; the application class is passed in so that this package does not depend on it. */
    public static int execute(Class<?> application, String[] args) {
        return new CommandLine(new SteerboardCommand(application)).execute(args);
    }

    /** The application without its web server and without demo data, for one batch job. */
    ConfigurableApplicationContext startBatchContext(List<String> springArguments) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("steerboard.demo.enabled=false", "spring.main.banner-mode=off", "logging.level.root=warn")
                .run(springArguments.toArray(String[]::new));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
