package vn.steerboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables; another module's SQL may read them only through a published view (DESIGN.md). This
 * reads every main source file, finds the tables its SQL names (after FROM, JOIN, INTO, UPDATE, TABLE) and fails
 * when a module names a table it does not own. Every table a migration creates must have an owner here, so a new
 * table cannot slip past the check.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/steerboard");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    /** Owner module of each table; "common" is infrastructure (Spring Modulith's event registry). */
    static final Map<String, String> OWNERS = owners(Map.of(
            "registry", List.of("org_unit", "legacy_unit", "unit_succession", "unit_formation", "org_unit_code_alias"),
            "audit", List.of("audit_record", "audit_chain_head", "audit_attachment"),
            "identity", List.of("app_user", "api_token", "account_token", "unit_focal_point", "sign_in_throttle", "approval_deputy",
                    "spring_session", "spring_session_attributes"),
            "programme", List.of("programme", "programme_plan", "task", "task_coordinator", "task_deadline_revision",
                    "task_progress_report", "task_review", "task_alert", "notification"),
            "indicator", List.of("data_set", "data_element", "indicator", "indicator_target", "target_milestone",
                    "target_rating", "validation_rule", "composite_component"),
            "submission", List.of("submission", "submission_step", "data_value", "ingest_request"),
            "analytics", List.of("element_rollup", "indicator_publication"),
            "quality", List.of("quality_source", "quality_scan", "quality_check_result", "quality_allowed_host",
                    "quality_criterion_score"),
            "delivery", List.of("delivery_procedure_version", "delivery_calendar_day", "delivery_batch", "delivery_event",
                    "delivery_dossier", "delivery_petition", "delivery_tally", "delivery_open_due", "delivery_publication",
                    "delivery_tally_below", "delivery_open_due_below", "delivery_upkeep", "delivery_values_pending"),
            "common", List.of("event_publication", "shedlock")), Map.of(
            "assessment", List.of("assessment_framework", "assessment_enterprise", "assessment_enterprise_token",
                    "assessment_mail_outbox", "assessment", "assessment_answer", "assessment_pillar_score",
                    "assessment_adjustment", "assessment_level_count", "assessment_pillar_sum", "assessment_rate_event",
                    "agency_assessment", "agency_answer", "agency_evidence", "agency_pillar_score", "agency_adjustment",
                    "assessment_import")));

    /** Views a module publishes for everyone's SQL. */
    static final Set<String> PUBLISHED_VIEWS = Set.of("org_unit_lineage", "org_unit_facts", "reported_value");

    /**
     * Reads of another module's table that stand today and are being removed (issue 12); the list may only
     * shrink. Each entry: source file (relative to the base package) and the foreign table it names.
     */
    static final Set<String> STANDING_ALLOWANCES = Set.of();

    /** A table name after the SQL keyword that introduces it. */
    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)\\b");

    @Test
    void everyTableAMigrationCreatesHasAnOwner() throws IOException {
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        List<String> unowned = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    if (!OWNERS.containsKey(m.group(1).toLowerCase())) {
                        unowned.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(unowned).as("tables created by a migration with no owner in TableOwnershipTest.OWNERS").isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        List<String> foreign = new ArrayList<>();
        Set<String> standingSeen = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!relative.contains("/")) {
                    continue;
                }
                String module = relative.substring(0, relative.indexOf('/'));
                for (String table : tablesNamed(Files.readString(file))) {
                    String owner = OWNERS.get(table);
                    if (owner == null || owner.equals(module) || PUBLISHED_VIEWS.contains(table)) {
                        continue;
                    }
                    String entry = relative + ":" + table;
                    if (STANDING_ALLOWANCES.contains(entry)) {
                        standingSeen.add(entry);
                    } else {
                        foreign.add(entry + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertThat(foreign).as("SQL naming another module's table; use its public API or a published view").isEmpty();
        assertThat(standingSeen).as("an allowance no longer needed must be removed from STANDING_ALLOWANCES")
                .containsExactlyInAnyOrderElementsOf(STANDING_ALLOWANCES);
    }

    @Test
    void theCheckSeesTablesInTextBlocksAndConcatenatedSql() {
        assertThat(tablesNamed("String sql = \"\"\"\n  SELECT 1 FROM task t\n  JOIN org_unit o ON o.code = t.lead_unit\n\"\"\";"))
                .contains("task", "org_unit");
        assertThat(tablesNamed("jdbc.sql(\"UPDATE data_value SET x = 1\" + \" WHERE id IN (SELECT id FROM submission)\")"))
                .contains("data_value", "submission");
        assertThat(tablesNamed("// a comment that reads from somewhere: nothing")).doesNotContain("somewhere");
    }

    /** Table names that follow an SQL keyword inside string literals or text blocks of a source file. */
    static Set<String> tablesNamed(String source) {
        Set<String> tables = new java.util.TreeSet<>();
        for (String literal : stringLiterals(source)) {
            Matcher m = TABLE_AFTER_KEYWORD.matcher(literal);
            while (m.find()) {
                String name = m.group(1).toLowerCase();
                if (OWNERS.containsKey(name) || PUBLISHED_VIEWS.contains(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher block = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (block.find()) {
            literals.add(block.group(1));
            rest.append(source, last, block.start());
            last = block.end();
        }
        rest.append(source.substring(last));
        // literals on one line may be concatenated: join them so "FROM " + "task" still reads as SQL
        Matcher plain = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(rest);
        StringBuilder joined = new StringBuilder();
        while (plain.find()) {
            joined.append(plain.group(1)).append(' ');
        }
        literals.add(joined.toString());
        return literals;
    }

    @SafeVarargs
    private static Map<String, String> owners(Map<String, List<String>>... byModule) {
        Map<String, String> owners = new TreeMap<>();
        for (Map<String, List<String>> part : byModule) {
            part.forEach((module, tables) -> tables.forEach(table -> owners.put(table, module)));
        }
        return owners;
    }
}
