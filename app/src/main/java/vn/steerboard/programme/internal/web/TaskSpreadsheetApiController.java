package vn.steerboard.programme.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.steerboard.common.AsOf;
import vn.steerboard.programme.TaskFilter;
import vn.steerboard.programme.TaskSpreadsheets;

/** Task lists out as .xlsx, the import template, and the all-or-nothing import. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TaskSpreadsheetApiController {

    private final TaskSpreadsheets spreadsheets;

    TaskSpreadsheetApiController(TaskSpreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    /** How many tasks an import wrote. */
    record Imported(int imported) {
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "Any task list as .xlsx (same filters as GET /api/tasks)")
    ResponseEntity<byte[]> export(
            @Parameter(description = Web.AS_OF, schema = @Schema(type = "string", format = "date")) AsOf asOf,
            @ParameterObject TaskFilter filter) {
        return Web.xlsx(spreadsheets.export(asOf.day(), filter), "nhiem-vu-" + asOf.day() + ".xlsx");
    }

    @GetMapping("/import-template.xlsx")
    @Operation(summary = "The import template with its Vietnamese headers and an example row")
    ResponseEntity<byte[]> template() {
        return Web.xlsx(spreadsheets.template(), "mau-nhap-nhiem-vu.xlsx");
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import tasks from .xlsx or .csv (ADMIN); all or nothing, with every bad row listed")
    Imported importTasks(@RequestPart("file") MultipartFile file) throws IOException {
        return new Imported(spreadsheets.importFile(file.getOriginalFilename(), file.getBytes()));
    }
}
