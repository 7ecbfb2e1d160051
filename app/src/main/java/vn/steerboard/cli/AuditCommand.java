package vn.steerboard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.audit.ChainVerification;

/** {@code audit verify}: checks the hash chain of the configured database; exit code 1 if broken. */
@Command(name = "audit", description = "Audit trail commands", subcommands = AuditCommand.Verify.class)
class AuditCommand implements Runnable {

    @ParentCommand
    SteerboardCommand steerboard;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the audit hash chain and name the first broken record.")
    static class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        /** Spring options such as --spring.datasource.url=... pass through to the application context. */
        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = audit.steerboard.startBatchContext(springArguments)) {
                ChainVerification result = context.getBean(AuditTrail.class).verify();
                if (result.intact()) {
                    System.out.printf("Audit chain intact: %d records checked.%n", result.recordsChecked());
                    return 0;
                }
                System.out.printf("Audit chain BROKEN at record %d: %s%n", result.firstBrokenSeq(), result.reason());
                return 1;
            }
        }
    }
}
