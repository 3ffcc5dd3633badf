package org.kepu.portal.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.kepu.content.registration.ImportCheck;
import org.kepu.content.registration.ImportStatus;
import org.kepu.content.registration.Problem;
import org.kepu.content.registration.RegistrationActor;
import org.kepu.content.registration.RegistrationImport;
import org.kepu.content.registration.RegistrationImports;
import org.kepu.content.registration.RegistrationProgress;
import org.kepu.content.registration.RegistrationSnapshot;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code GET /api/v1/registrations/summary} (public) and {@code POST /api/v1/registrations/imports}
 * (REGISTRAR or ADMIN): checks a file and, with {@code commit=true}, saves it, answering the same
 * row-level errors as the page.
 */
@RestController
class RegistrationApiController {

    private final RegistrationProgress progress;
    private final RegistrationImports imports;
    private final RegistrationActors actors;
    private final ProblemMessages messages;

    RegistrationApiController(
            RegistrationProgress progress,
            RegistrationImports imports,
            RegistrationActors actors,
            ProblemMessages messages) {
        this.progress = progress;
        this.imports = imports;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/api/v1/registrations/summary")
    @Operation(summary = "Registration progress: the target, the total and each town's share")
    @ApiResponse(responseCode = "200", description = "The current progress")
    @ApiResponse(responseCode = "404", description = "No registration target is set", content = @Content)
    ResponseEntity<Summary> summary() {
        return progress.current()
                .map(s -> ResponseEntity.ok(Summary.of(s)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping(path = "/api/v1/registrations/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Check a registration spreadsheet (CSV or XLSX), and with commit=true import it",
            description = "200: checked and valid, or a duplicate of an earlier import; 201: imported;"
                    + " 422: row errors (the answer lists them, each with a Chinese message).")
    @ApiResponse(
            responseCode = "200",
            description = "Checked and valid (commit=false), or a duplicate of an earlier import")
    @ApiResponse(responseCode = "201", description = "Imported")
    @ApiResponse(
            responseCode = "403",
            description = "Not a registrar, or the registrar is bound to no town (code NOT_BOUND)")
    @ApiResponse(
            responseCode = "413",
            description = "Larger than kepu.registration.max-file-size (code FILE_TOO_LARGE)")
    @ApiResponse(responseCode = "415", description = "Not CSV or XLSX (codes UNSUPPORTED_TYPE, OLD_EXCEL)")
    @ApiResponse(
            responseCode = "422",
            description = "Row errors: an ImportAnswer with status INVALID or REJECTED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportAnswer.class)))
    @PreAuthorize("hasAnyRole('REGISTRAR','ADMIN')")
    ResponseEntity<ImportAnswer> importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean commit,
            Principal principal)
            throws IOException {
        RegistrationActor actor = actors.of(principal);
        if (!commit) {
            ImportCheck check = imports.check(file.getInputStream(), file.getOriginalFilename(), actor);
            ImportAnswer answer = new ImportAnswer(
                    null,
                    check.hasErrors() ? "INVALID" : "VALID",
                    false,
                    check.totalRows(),
                    check.validRows(),
                    check.errorCount(),
                    check.warningCount(),
                    rendered(check.errors()),
                    rendered(check.warnings()),
                    null,
                    null);
            return ResponseEntity.status(check.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                    .body(answer);
        }
        RegistrationImport done = imports.importNow(file.getInputStream(), file.getOriginalFilename(), actor);
        List<Problem> problems = imports.problems(done.id(), actor);
        boolean committed = done.status() == ImportStatus.COMMITTED;
        ImportAnswer answer = new ImportAnswer(
                done.id(),
                done.status().name(),
                committed,
                done.totalRows(),
                done.validRows(),
                done.errorCount(),
                done.warningCount(),
                rendered(problems.stream().filter(Problem::isError).toList()),
                rendered(problems.stream().filter(p -> !p.isError()).toList()),
                done.checksum(),
                done.duplicateOf());
        HttpStatus status = committed
                ? HttpStatus.CREATED
                : done.status() == ImportStatus.DUPLICATE ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(answer);
    }

    private List<RowProblem> rendered(List<Problem> problems) {
        return problems.stream()
                .map(p -> new RowProblem(p.line(), p.code(), messages.withLine(p)))
                .toList();
    }

    /** The public summary, exactly {@code {"target","deadline","total","percent","towns":[{"name","total","target"}]}}. */
    record Summary(int target, String deadline, int total, double percent, List<TownSummary> towns) {

        static Summary of(RegistrationSnapshot s) {
            return new Summary(
                    s.target().goal(),
                    s.target().deadline().toString(),
                    s.total(),
                    s.percent(),
                    s.towns().stream()
                            .map(t -> new TownSummary(t.name(), t.total(), t.goal()))
                            .toList());
        }
    }

    /** {@code target} is null for a town without an allocation. */
    record TownSummary(String name, int total, Integer target) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportAnswer(
            Long importId,
            String status,
            boolean committed,
            int rows,
            int validRows,
            int errorCount,
            int warningCount,
            List<RowProblem> errors,
            List<RowProblem> warnings,
            String checksum,
            Long duplicateOf) {}

    /** {@code line} 0 means the file as a whole. */
    record RowProblem(int line, String code, String message) {}
}
