package vn.steerboard.delivery.internal;

import vn.steerboard.common.CopyRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import vn.steerboard.delivery.Channel;
import vn.steerboard.delivery.DossierClock;
import vn.steerboard.delivery.DossierStatus;

/** Dossiers and petitions as their events left them (delivery_dossier, delivery_petition). */
@Repository
public class StateStore {

    private static final int CHUNK = 500;

    private static final String DOSSIER_COLUMNS = """
            id, unit_code, ym, procedure_code, channel, fully_online, digitised, received_at, fee_vnd, eligible,
            running_from, days_left, stopped, status, status_at, closed_on, on_time, result_electronic, result_file,
            paid_online, reused_digitised, personal_data_store, population_data, synced, rated, disliked, applicant_name,
            applicant_id""";

    private static final String PETITION_COLUMNS = "id, unit_code, ym, received_at, due_on, handled_on, rated, dissatisfied,"
            + " reraised";

    private static final String INSERT_DOSSIER = "INSERT INTO delivery_dossier (" + DOSSIER_COLUMNS + ") " + """
            VALUES (:id, :unit, :ym, :procedure, :channel, :fullyOnline, :digitised, :receivedAt, :fee, :eligible,
                :runningFrom, :daysLeft, :stopped, :status, :statusAt, :closedOn, :onTime, :resultElectronic, :resultFile,
                :paidOnline, :reused, :store, :population, :synced, :rated, :disliked, :name, :personId)""";

    private static final String INSERT_PETITION = "INSERT INTO delivery_petition (" + PETITION_COLUMNS + ") " + """
            VALUES (:id, :unit, :ym, :receivedAt, :dueOn, :handledOn, :rated, :dissatisfied, :reraised)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final javax.sql.DataSource dataSource;
    private final boolean postgres;

    StateStore(NamedParameterJdbcTemplate jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = CopyRows.postgres(dataSource);
    }

    /** The current state of each subject ("D:id" or "P:id") that has one. */
    public Map<String, Object> load(Collection<String> subjects) {
        Map<String, Object> states = new HashMap<>();
        List<String> dossiers = subjects.stream().filter(s -> s.startsWith("D:")).map(s -> s.substring(2)).toList();
        List<String> petitions = subjects.stream().filter(s -> s.startsWith("P:")).map(s -> s.substring(2)).toList();
        byIds("delivery_dossier", dossiers, StateStore::dossier).forEach(d -> states.put("D:" + d.id(), d));
        byIds("delivery_petition", petitions, StateStore::petition).forEach(p -> states.put("P:" + p.id(), p));
        return states;
    }

    /**
     * The rows of these ids: on PostgreSQL in one query, the ids bound as one array (a batch's 2,000 subjects in
     * one statement instead of four of 500 bound parameters each); on H2 in chunks.
     */
    private <T> List<T> byIds(String table, List<String> ids, org.springframework.jdbc.core.RowMapper<T> mapper) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (postgres) {
            return jdbc.getJdbcOperations().query("SELECT * FROM " + table + " WHERE id = ANY(?)", ps -> ps.setArray(1,
                    ps.getConnection().createArrayOf("varchar", ids.toArray())), mapper);
        }
        List<T> rows = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            rows.addAll(jdbc.query("SELECT * FROM " + table + " WHERE id IN (:ids)", Map.of("ids", chunk), mapper));
        }
        return rows;
    }

    /**
     * Writes these subjects' states (a null state is not written), replacing the stored ones of {@code stored}: the
     * subjects that had a state before (the others have no row to replace). On PostgreSQL the rows go in with COPY.
     */
    public void save(Map<String, Object> states, java.util.Set<String> stored) {
        List<String> dossiers = new ArrayList<>();
        List<String> petitions = new ArrayList<>();
        List<DossierState> dossierRows = new ArrayList<>();
        List<PetitionState> petitionRows = new ArrayList<>();
        states.forEach((subject, state) -> {
            if (state instanceof DossierState d) {
                dossierRows.add(d);
                if (stored.contains(subject)) {
                    dossiers.add(d.id());
                }
            } else if (state instanceof PetitionState p) {
                petitionRows.add(p);
                if (stored.contains(subject)) {
                    petitions.add(p.id());
                }
            }
        });
        for (List<String> ids : chunks(dossiers)) {
            jdbc.update("DELETE FROM delivery_dossier WHERE id IN (:ids)", Map.of("ids", ids));
        }
        for (List<String> ids : chunks(petitions)) {
            jdbc.update("DELETE FROM delivery_petition WHERE id IN (:ids)", Map.of("ids", ids));
        }
        if (postgres) {
            CopyRows rows = new CopyRows(dossierRows.size());
            dossierRows.forEach(d -> copyRow(rows, d));
            rows.copyInto(dataSource, "delivery_dossier", DOSSIER_COLUMNS);
            CopyRows petitionCopy = new CopyRows(petitionRows.size());
            petitionRows.forEach(p -> copyRow(petitionCopy, p));
            petitionCopy.copyInto(dataSource, "delivery_petition", PETITION_COLUMNS);
            return;
        }
        jdbc.batchUpdate(INSERT_DOSSIER, dossierRows.stream().map(StateStore::params).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(INSERT_PETITION, petitionRows.stream().map(StateStore::params).toArray(SqlParameterSource[]::new));
    }

    private static void copyRow(CopyRows rows, DossierState d) {
        rows.text(d.id()).text(d.unit()).value(Tally.month(d.receivedAt())).text(d.procedure()).text(d.channel().name())
                .bool(d.fullyOnline()).bool(d.digitised()).value(d.receivedAt()).value(d.feeVnd()).bool(d.eligible())
                .value(d.clock().runningFrom()).value(d.clock().daysLeft()).bool(d.clock().stopped()).text(d.status().name())
                .value(d.statusAt()).value(d.closedOn()).bool(d.onTime()).bool(d.resultElectronic()).bool(d.resultFile())
                .bool(d.paidOnline()).bool(d.reusedDigitised()).bool(d.personalDataStore()).bool(d.populationData())
                .bool(d.synced()).bool(d.rated()).bool(d.disliked()).text(d.applicantName()).text(d.applicantId()).endRow();
    }

    private static void copyRow(CopyRows rows, PetitionState p) {
        rows.text(p.id()).text(p.unit()).value(Tally.month(p.receivedAt())).value(p.receivedAt()).value(p.dueOn())
                .value(p.handledOn()).bool(p.rated()).bool(p.dissatisfied()).bool(p.reraised()).endRow();
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM delivery_dossier", Map.of());
        jdbc.update("DELETE FROM delivery_petition", Map.of());
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static SqlParameterSource params(DossierState d) {
        return new MapSqlParameterSource().addValue("id", d.id()).addValue("unit", d.unit())
                .addValue("ym", Tally.month(d.receivedAt())).addValue("procedure", d.procedure())
                .addValue("channel", d.channel().name()).addValue("fullyOnline", d.fullyOnline())
                .addValue("digitised", d.digitised()).addValue("receivedAt", d.receivedAt()).addValue("fee", d.feeVnd())
                .addValue("eligible", d.eligible()).addValue("runningFrom", d.clock().runningFrom())
                .addValue("daysLeft", d.clock().daysLeft()).addValue("stopped", d.clock().stopped())
                .addValue("status", d.status().name()).addValue("statusAt", d.statusAt()).addValue("closedOn", d.closedOn())
                .addValue("onTime", d.onTime()).addValue("resultElectronic", d.resultElectronic())
                .addValue("resultFile", d.resultFile()).addValue("paidOnline", d.paidOnline())
                .addValue("reused", d.reusedDigitised()).addValue("store", d.personalDataStore())
                .addValue("population", d.populationData()).addValue("synced", d.synced()).addValue("rated", d.rated())
                .addValue("disliked", d.disliked()).addValue("name", d.applicantName()).addValue("personId", d.applicantId());
    }

    private static SqlParameterSource params(PetitionState p) {
        return new MapSqlParameterSource().addValue("id", p.id()).addValue("unit", p.unit())
                .addValue("ym", Tally.month(p.receivedAt())).addValue("receivedAt", p.receivedAt())
                .addValue("dueOn", p.dueOn()).addValue("handledOn", p.handledOn()).addValue("rated", p.rated())
                .addValue("dissatisfied", p.dissatisfied()).addValue("reraised", p.reraised());
    }

    static DossierState dossier(ResultSet rs, int n) throws SQLException {
        return new DossierState(rs.getString("id"), rs.getString("unit_code"), rs.getString("procedure_code"),
                Channel.valueOf(rs.getString("channel")), rs.getBoolean("fully_online"), rs.getBoolean("digitised"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getLong("fee_vnd"), rs.getBoolean("eligible"),
                new DossierClock(rs.getObject("running_from", LocalDate.class), rs.getInt("days_left"),
                        rs.getBoolean("stopped")),
                DossierStatus.valueOf(rs.getString("status")), rs.getObject("status_at", OffsetDateTime.class),
                rs.getObject("closed_on", LocalDate.class), rs.getBoolean("on_time"), rs.getBoolean("result_electronic"),
                rs.getBoolean("result_file"), rs.getBoolean("paid_online"), rs.getBoolean("reused_digitised"),
                rs.getBoolean("personal_data_store"), rs.getBoolean("population_data"), rs.getBoolean("synced"),
                rs.getBoolean("rated"), rs.getBoolean("disliked"), rs.getString("applicant_name"),
                rs.getString("applicant_id"));
    }

    private static PetitionState petition(ResultSet rs, int n) throws SQLException {
        return new PetitionState(rs.getString("id"), rs.getString("unit_code"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("handled_on", LocalDate.class), rs.getBoolean("rated"), rs.getBoolean("dissatisfied"),
                rs.getBoolean("reraised"));
    }
}
