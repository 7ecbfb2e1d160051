package vn.steerboard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.submission.Submissions;

/** {@code indicator rebuild}: the repair that recomputes every roll-up from the reported values. */
@Command(name = "indicator", description = "Indicator commands", subcommands = IndicatorCommand.Rebuild.class)
class IndicatorCommand implements Runnable {

    @ParentCommand
    SteerboardCommand steerboard;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Recompute all indicator roll-ups from the values (repair only; the live path keeps them current).")
    static class Rebuild implements Callable<Integer> {

        @ParentCommand
        IndicatorCommand indicator;

        /** Spring options such as --spring.datasource.url=... pass through to the application context. */
        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = indicator.steerboard.startBatchContext(springArguments)) {
                ActorPrincipal operator = () -> new Actor("command-line repair", Role.ADMIN, null, false);
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        operator, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
                int rows = context.getBean(Submissions.class).rebuildRollups();
                System.out.printf("Roll-ups rebuilt from the reported values: %d rows written.%n", rows);
                return 0;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
