package vn.steerboard.delivery.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.delivery.CalendarDay;
import vn.steerboard.delivery.CalendarDayDraft;
import vn.steerboard.delivery.WorkingCalendar;

/** The working-day calendar over HTTP: read by everyone signed in, edited by ADMIN. */
@RestController
@RequestMapping("/api/delivery/calendar")
@Tag(name = "Delivery: working-day calendar")
class CalendarApiController {

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(summary = "The named days of one year: days off (holidays, Tet, bridge days) and weekend days worked")
    List<CalendarDay> year(@RequestParam int year) {
        return calendar.year(year);
    }

    @PutMapping("/{day}")
    @Operation(summary = "Name one day (ADMIN, audited): DAY_OFF or WORKING_DAY (a Saturday or Sunday worked)")
    CalendarDay put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestBody CalendarDayDraft draft) {
        return calendar.put(day, draft);
    }

    @DeleteMapping("/{day}")
    @Operation(summary = "Forget one named day (ADMIN, audited)")
    ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        calendar.remove(day);
        return ResponseEntity.noContent().build();
    }
}
