package vn.steerboard.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.delivery.CalendarDay;
import vn.steerboard.delivery.CalendarDayKind;

/** The working-day calendar's table: one row per named day. */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarDay> all() {
        return jdbc.sql("SELECT * FROM delivery_calendar_day ORDER BY on_day").query(CalendarStore::row).list();
    }

    public List<CalendarDay> year(int year) {
        return jdbc.sql("SELECT * FROM delivery_calendar_day WHERE on_day BETWEEN :from AND :to ORDER BY on_day")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(CalendarStore::row).list();
    }

    public Optional<CalendarDay> find(LocalDate day) {
        return jdbc.sql("SELECT * FROM delivery_calendar_day WHERE on_day = :day").param("day", day)
                .query(CalendarStore::row).optional();
    }

    public void put(CalendarDay d) {
        jdbc.sql("DELETE FROM delivery_calendar_day WHERE on_day = :day").param("day", d.day()).update();
        jdbc.sql("""
                INSERT INTO delivery_calendar_day (on_day, kind, name_vi, name_en, source, recorded_by, recorded_at)
                VALUES (:day, :kind, :vi, :en, :source, :by, :at)""")
                .param("day", d.day()).param("kind", d.kind().name()).param("vi", d.nameVi()).param("en", d.nameEn())
                .param("source", d.source()).param("by", d.recordedBy()).param("at", d.recordedAt()).update();
    }

    public int delete(LocalDate day) {
        return jdbc.sql("DELETE FROM delivery_calendar_day WHERE on_day = :day").param("day", day).update();
    }

    private static CalendarDay row(ResultSet rs, int n) throws SQLException {
        return new CalendarDay(rs.getObject("on_day", LocalDate.class), CalendarDayKind.valueOf(rs.getString("kind")),
                rs.getString("name_vi"), rs.getString("name_en"), rs.getString("source"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
