package vn.steerboard.delivery.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.delivery.DeliveryOpenData;
import vn.steerboard.delivery.DeliveryOpenData.OpenTotal;
import vn.steerboard.identity.AccessPolicy;

/**
 * Open data of the delivery index, no sign-in, as JSON and as UTF-8 CSV with a byte-order mark (so spreadsheet
 * programs read the Vietnamese names right), every text cell formula-safe; and the ADMIN's choice of depth.
 */
@RestController
@Tag(name = "Open data", description = "Published, approved indicator values as CSV and JSON")
class OpenDeliveryData {

    private final DeliveryOpenData open;
    private final AccessPolicy access;

    OpenDeliveryData(DeliveryOpenData open, AccessPolicy access) {
        this.open = open;
        this.access = access;
    }

    @GetMapping(path = "/open/delivery.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decision 766 index totals of the nation, provinces and ministries (as deep as published), as JSON")
    List<OpenTotal> json() {
        return open.totals();
    }

    @GetMapping(path = "/open/delivery.csv")
    @Operation(summary = "Decision 766 index totals of the nation, provinces and ministries (as deep as published), as CSV")
    ResponseEntity<String> csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("unit_code", "unit_name", "level",
                "period", "score", "points", "possible", "rank", "dossiers").get())) {
            for (OpenTotal t : open.totals()) {
                printer.printRecord(safe(t.unitCode()), safe(t.unitName()), t.level(), safe(t.period()), t.score(), t.points(),
                        t.possible(), t.rank(), t.dossiers());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"chi-so-766-cong-bo.csv\"").body("\uFEFF" + out);
    }

    /** A text a spreadsheet would run as a formula is kept as text (a leading apostrophe). */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    record Publication(String level) {
    }

    @GetMapping("/api/admin/delivery/publication")
    @Operation(summary = "How deep the delivery index is published as open data (ADMIN)")
    Publication publication() {
        access.requireAdmin("PUBLICATION", null);
        return new Publication(open.level().name());
    }

    @PutMapping("/api/admin/delivery/publication")
    @Operation(summary = "Publish the delivery index as open data to NATIONAL, PROVINCE or COMMUNE level (ADMIN, audited)")
    Publication change(@RequestBody Map<String, String> body) {
        return new Publication(open.change(body == null ? null : body.get("level")).name());
    }
}
