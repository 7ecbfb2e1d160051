package vn.steerboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.steerboard.cli.SteerboardCommand;

/** Steerboard: the monitoring and evaluation platform of the Resolution 57 / Project 06 programme. */
@SpringBootApplication
@EnableScheduling
public class SteerboardApplication {

    public static void main(String[] args) {
        if (SteerboardCommand.isCommand(args)) {
            System.exit(SteerboardCommand.execute(SteerboardApplication.class, args));
        }
        SpringApplication.run(SteerboardApplication.class, args);
    }
}
