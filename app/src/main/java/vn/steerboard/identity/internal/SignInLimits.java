package vn.steerboard.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the sign-in throttle ({@code steerboard.sign-in.*}). Defaults follow OWASP ASVS 4.0.3 V2.2.1 (at most
 * 100 failed attempts per hour on one account; increasing delays, soft lock) and ASVS 5.0 V6.3.1, see the README.
 */
@ConfigurationProperties("steerboard.sign-in")
public class SignInLimits {

    /** Failures older than this (since the last one) are forgotten. */
    private Duration window = Duration.ofHours(1);
    /** Per account: form and HTTP Basic sign-ins with its name. */
    private Limit account = new Limit(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 10, Duration.ofMinutes(15));
    /** Per client address: every channel, API tokens included (several people may share one address). */
    private Limit address = new Limit(10, Duration.ofSeconds(1), Duration.ofMinutes(1), 50, Duration.ofMinutes(15));

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }

    public Limit getAccount() {
        return account;
    }

    public void setAccount(Limit account) {
        this.account = account;
    }

    public Limit getAddress() {
        return address;
    }

    public void setAddress(Limit address) {
        this.address = address;
    }

    /**
     * After {@code freeFailures} failures each further one imposes a delay, {@code firstDelay} doubled each time up
     * to {@code maxDelay}, during which every attempt is refused (429) without checking it; at {@code lockAfter}
     * failures the subject is locked for {@code lockFor} (or until an ADMIN lifts it).
     */
    public static class Limit {
        private int freeFailures;
        private Duration firstDelay;
        private Duration maxDelay;
        private int lockAfter;
        private Duration lockFor;

        public Limit() {
        }

        Limit(int freeFailures, Duration firstDelay, Duration maxDelay, int lockAfter, Duration lockFor) {
            this.freeFailures = freeFailures;
            this.firstDelay = firstDelay;
            this.maxDelay = maxDelay;
            this.lockAfter = lockAfter;
            this.lockFor = lockFor;
        }

        /** The delay after the {@code failures}-th failure in a row (zero while free). */
        public Duration delayAfter(int failures) {
            int beyond = failures - freeFailures;
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            Duration delay = firstDelay.multipliedBy(1L << Math.min(30, beyond - 1));
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }

        public int getFreeFailures() {
            return freeFailures;
        }

        public void setFreeFailures(int freeFailures) {
            this.freeFailures = freeFailures;
        }

        public Duration getFirstDelay() {
            return firstDelay;
        }

        public void setFirstDelay(Duration firstDelay) {
            this.firstDelay = firstDelay;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public int getLockAfter() {
            return lockAfter;
        }

        public void setLockAfter(int lockAfter) {
            this.lockAfter = lockAfter;
        }

        public Duration getLockFor() {
            return lockFor;
        }

        public void setLockFor(Duration lockFor) {
            this.lockFor = lockFor;
        }
    }
}
