package vn.steerboard.analytics.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.analytics.OpenDataPublication;
import vn.steerboard.analytics.PublicationLevel;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * Open data, no sign-in: approved indicator values of the nation and, as deep as the ADMIN publishes, of
 * provinces and central agencies (and communes). Aggregates only; nothing unapproved, nothing personal.
 */
@RestController
@Tag(name = "Open data", description = "Published, approved indicator values as CSV and JSON")
class OpenIndicatorData {

    private final IndicatorFigures figures;
    private final Registry registry;
    private final OpenDataPublication publication;
    private final MessageSource messages;
    /** Open data names units in Vietnamese, as the registry does. */
    private static final Locale DATA_LANGUAGE = Locale.forLanguageTag("vi");

    private final vn.steerboard.common.VietnamTime time;

    OpenIndicatorData(IndicatorFigures figures, Registry registry, OpenDataPublication publication,
            MessageSource messages, vn.steerboard.common.VietnamTime time) {
        this.messages = messages;
        this.time = time;
        this.figures = figures;
        this.registry = registry;
        this.publication = publication;
    }

    record OpenValue(String indicator, String indicatorName, String unitCode, String unitName, String level, String period,
            LocalDate periodEnd, double value, String unitLabel) {
    }

    @GetMapping(path = "/open/indicators.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approved indicator values down to the published level, as JSON")
    List<OpenValue> json() {
        return values();
    }

    @GetMapping(path = "/open/indicators.csv")
    @Operation(summary = "Approved indicator values down to the published level, as UTF-8 CSV")
    ResponseEntity<String> csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("indicator", "indicator_name",
                "unit_code", "unit_name", "level", "period", "period_end", "value", "unit_label").get())) {
            for (OpenValue v : values()) {
                printer.printRecord(v.indicator(), v.indicatorName(), v.unitCode(), v.unitName(), v.level(), v.period(),
                        v.periodEnd(), v.value(), v.unitLabel());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"chi-tieu-cong-bo.csv\"").body("\uFEFF" + out);
    }

    private List<OpenValue> values() {
        PublicationLevel level = publication.level();
        LocalDate today = time.today();
        List<OpenValue> values = new ArrayList<>();
        add(values, "NATIONAL", Map.of(Registry.NATION, mapOf(figures.publicNation(today))));
        if (level != PublicationLevel.NATIONAL) {
            add(values, "PROVINCE", figures.heatmap(OrgUnitType.PROVINCE, null, today));
            add(values, "CENTRAL", figures.heatmap(OrgUnitType.CENTRAL, null, today));
        }
        if (level == PublicationLevel.COMMUNE) {
            for (OrgUnit province : registry.all(OrgUnitType.PROVINCE, null)) {
                add(values, "COMMUNE", figures.heatmap(OrgUnitType.COMMUNE, province.code(), today));
            }
        }
        return values;
    }

    private static Map<String, IndicatorProgress> mapOf(List<IndicatorProgress> card) {
        Map<String, IndicatorProgress> map = new java.util.LinkedHashMap<>();
        card.forEach(p -> map.put(p.indicatorCode(), p));
        return map;
    }

    private void add(List<OpenValue> values, String level, Map<String, Map<String, IndicatorProgress>> byUnit) {
        byUnit.forEach((unit, byIndicator) -> {
            String name = Registry.NATION.equals(unit) ? messages.getMessage("analytics.open.nation", null, DATA_LANGUAGE) : registry.find(unit).map(OrgUnit::nameVi).orElse(unit);
            for (IndicatorProgress p : byIndicator.values()) {
                for (IndicatorProgress.PeriodValue v : p.series()) {
                    values.add(new OpenValue(p.indicatorCode(), p.nameVi(), unit, name, level, v.period(), v.end(),
                            Math.round(v.value() * 1e4) / 1e4, p.unitLabel()));
                }
            }
        });
    }
}
