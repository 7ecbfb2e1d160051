package vn.steerboard.delivery.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.delivery.CatalogueLoad;
import vn.steerboard.delivery.Competence;
import vn.steerboard.delivery.ProcedureCatalogue;
import vn.steerboard.delivery.ProcedureDraft;
import vn.steerboard.delivery.ProcedureVersion;

/** The procedure catalogue over HTTP: read by everyone signed in, loaded by ADMIN. */
@RestController
@RequestMapping("/api/delivery/procedures")
@Tag(name = "Delivery: procedure catalogue")
class CatalogueApiController {

    private final ProcedureCatalogue catalogue;

    CatalogueApiController(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Current procedures (as of a day), optionally of one competence level, by code")
    Page<ProcedureVersion> list(@RequestParam(required = false) Competence competence,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return catalogue.list(competence, asOf, PageRequest.of(page, size, 50));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One procedure as it stood at the end of asOf (default today)")
    ProcedureVersion get(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return catalogue.get(code, asOf);
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Every version of one procedure, oldest first")
    List<ProcedureVersion> history(@PathVariable String code) {
        return catalogue.history(code);
    }

    @PutMapping
    @Operation(summary = "Load procedures (ADMIN): all or nothing, every bad row named; a changed procedure gets a new version")
    CatalogueLoad load(@RequestBody List<ProcedureDraft> procedures) {
        return catalogue.load(procedures, "api");
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Load procedures from .xlsx or .csv (ADMIN), header row first; all or nothing")
    CatalogueLoad importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return catalogue.importFile(file.getOriginalFilename(), file.getBytes());
    }
}
