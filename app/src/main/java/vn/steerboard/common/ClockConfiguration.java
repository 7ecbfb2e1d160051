package vn.steerboard.common;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock. {@code steerboard.clock.today=2026-12-31} pins the Vietnamese day (the clock
 * starts at 09:00 that day and keeps ticking, so order in time still holds); unset, it is the system clock.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    static final LocalTime PINNED_START = LocalTime.of(9, 0);

    @Bean
    Clock clock(@Value("${steerboard.clock.today:}") String today) {
        Clock system = Clock.system(VietnamTime.ZONE);
        if (today == null || today.isBlank()) {
            return system;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(today.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("steerboard.clock.today must be a day as yyyy-mm-dd, not '" + today + "'", e);
        }
        Duration shift = Duration.between(system.instant(), day.atTime(PINNED_START).atZone(VietnamTime.ZONE).toInstant());
        return Clock.offset(system, shift);
    }
}
