package org.kepu.portal.upload;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import org.kepu.content.upload.Upload;
import org.kepu.content.upload.UploadSettings;
import org.kepu.content.upload.Uploads;
import org.kepu.portal.web.CurrentAccount;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tus 1.0 protocol (core, creation, termination) for resumable uploads. Scripts use it at
 * {@code /api/v1/uploads} with HTTP Basic or a bearer token; the creator pages use the same handler
 * at {@code /creator/uploads} with their session and CSRF token.
 */
@RestController
@RequestMapping({TusController.API, TusController.PAGES})
@PreAuthorize("hasAnyRole('CREATOR','EDITOR','ADMIN')")
class TusController {

    static final String API = "/api/v1/uploads";
    static final String PAGES = "/creator/uploads";
    static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

    private final Uploads uploads;
    private final UploadSettings settings;
    private final CurrentAccount accounts;
    private final Counter uploadedBytes;

    TusController(Uploads uploads, UploadSettings settings, CurrentAccount accounts, MeterRegistry meters) {
        this.uploads = uploads;
        this.settings = settings;
        this.accounts = accounts;
        this.uploadedBytes = Counter.builder("kepu.uploads.received")
                .baseUnit("bytes")
                .description("Bytes received by resumable uploads")
                .register(meters);
    }

    /** Capability discovery: tus 1.0 says it needs no credentials. */
    @RequestMapping(method = RequestMethod.OPTIONS)
    @Operation(summary = "tus 1.0 discovery (Tus-Version, Tus-Extension, Tus-Max-Size), without credentials")
    @ApiResponse(responseCode = "204", description = "Protocol information in headers", content = @Content)
    @PreAuthorize("permitAll()")
    ResponseEntity<Void> options() {
        return ResponseEntity.noContent()
                .header(TusHeaders.VERSION, TusHeaders.RESUMABLE_VALUE)
                .header(TusHeaders.EXTENSION, "creation,termination")
                .header(TusHeaders.MAX_SIZE, Long.toString(settings.maxSize().toBytes()))
                .headers(TusHeaders::common)
                .build();
    }

    @PostMapping
    @Operation(
            summary = "tus creation: announce an upload; its address comes back in Location",
            parameters = {
                @Parameter(name = TusHeaders.RESUMABLE, in = ParameterIn.HEADER, required = true, example = "1.0.0"),
                @Parameter(name = TusHeaders.UPLOAD_LENGTH, in = ParameterIn.HEADER, required = true),
                @Parameter(
                        name = TusHeaders.UPLOAD_METADATA,
                        in = ParameterIn.HEADER,
                        description = "filename <base64>,filetype <base64>")
            })
    @ApiResponse(responseCode = "201", description = "Created; Location is the upload's address", content = @Content)
    @ApiResponse(responseCode = "400", description = "Upload-Length missing or malformed")
    @ApiResponse(responseCode = "412", description = "Tus-Resumable missing or not 1.0.0")
    @ApiResponse(responseCode = "413", description = "Larger than Tus-Max-Size", content = @Content)
    @ApiResponse(responseCode = "422", description = "Type not allowed or quota exceeded, with a Chinese reason")
    ResponseEntity<Void> create(HttpServletRequest request, Principal principal) {
        TusHeaders.requireResumable(request);
        Long length = TusHeaders.number(request, TusHeaders.UPLOAD_LENGTH);
        String metadata = TusHeaders.single(request, TusHeaders.UPLOAD_METADATA);
        if (length == null) {
            throw new TusProtocolViolation("missing", TusHeaders.UPLOAD_LENGTH);
        }
        if (length > settings.maxSize().toBytes()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .headers(TusHeaders::common)
                    .build();
        }
        TusMetadata meta = TusMetadata.parse(metadata);
        Upload upload = uploads.create(accounts.of(principal).getId(), length, meta.fileName(), meta.fileType());
        URI location = URI.create(request.getRequestURI().replaceAll("/+$", "") + "/" + upload.getId());
        return ResponseEntity.created(location).headers(TusHeaders::common).build();
    }

    @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
    @Operation(
            summary = "tus offset of an upload (only its owner sees it)",
            parameters = @Parameter(name = TusHeaders.RESUMABLE, in = ParameterIn.HEADER, required = true))
    @ApiResponse(responseCode = "200", description = "Upload-Offset and Upload-Length headers", content = @Content)
    @ApiResponse(responseCode = "404", description = "Unknown, expired or someone else's")
    @ApiResponse(responseCode = "412", description = "Tus-Resumable missing or not 1.0.0")
    ResponseEntity<Void> offset(@PathVariable String id, HttpServletRequest request, Principal principal) {
        TusHeaders.requireResumable(request);
        Upload upload = uploads.find(id, accounts.of(principal).getId());
        return ResponseEntity.ok()
                .header(TusHeaders.UPLOAD_OFFSET, Long.toString(upload.getReceived()))
                .header(TusHeaders.UPLOAD_LENGTH, Long.toString(upload.getLength()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .headers(TusHeaders::common)
                .build();
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "tus append at Upload-Offset (Content-Type application/offset+octet-stream)",
            parameters = {
                @Parameter(name = TusHeaders.RESUMABLE, in = ParameterIn.HEADER, required = true),
                @Parameter(name = TusHeaders.UPLOAD_OFFSET, in = ParameterIn.HEADER, required = true)
            })
    @ApiResponse(responseCode = "204", description = "Stored; Upload-Offset says how much the server holds")
    @ApiResponse(responseCode = "400", description = "Upload-Offset missing or malformed")
    @ApiResponse(responseCode = "404", description = "Unknown, expired or someone else's")
    @ApiResponse(
            responseCode = "409",
            description = "Upload-Offset differs from what the server holds, or the upload is already used")
    @ApiResponse(responseCode = "412", description = "Tus-Resumable missing or not 1.0.0")
    @ApiResponse(responseCode = "415", description = "Not application/offset+octet-stream", content = @Content)
    @ApiResponse(
            responseCode = "422",
            description = "The completed upload is not a usable video, with a Chinese reason")
    @ApiResponse(responseCode = "423", description = "Another request is writing this upload; retry after Retry-After")
    @ApiResponse(
            responseCode = "429",
            description = "The account already sends as many uploads at once as allowed; retry after Retry-After")
    ResponseEntity<Void> append(@PathVariable String id, HttpServletRequest request, Principal principal)
            throws IOException {
        TusHeaders.requireResumable(request);
        Long offset = TusHeaders.number(request, TusHeaders.UPLOAD_OFFSET);
        if (!OFFSET_OCTET_STREAM.equals(request.getContentType())) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .headers(TusHeaders::common)
                    .build();
        }
        if (offset == null) {
            throw new TusProtocolViolation("missing", TusHeaders.UPLOAD_OFFSET);
        }
        Upload upload = uploads.append(id, accounts.of(principal).getId(), offset, request.getInputStream());
        uploadedBytes.increment(Math.max(0, upload.getReceived() - offset));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.NO_CONTENT);
        if (!request.getInputStream().isFinished()) {
            // The PATCH was ended (deadline, too slow) or sent more than the upload's length: the
            // client learns the offset now, and the connection is not kept for the rest of its body.
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response.header(TusHeaders.UPLOAD_OFFSET, Long.toString(upload.getReceived()))
                .headers(TusHeaders::common)
                .build();
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "tus termination",
            parameters = @Parameter(name = TusHeaders.RESUMABLE, in = ParameterIn.HEADER, required = true))
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Unknown, expired or someone else's")
    @ApiResponse(responseCode = "409", description = "The upload became a video or an entry: it stays")
    @ApiResponse(responseCode = "412", description = "Tus-Resumable missing or not 1.0.0")
    ResponseEntity<Void> terminate(@PathVariable String id, HttpServletRequest request, Principal principal) {
        TusHeaders.requireResumable(request);
        uploads.terminate(id, accounts.of(principal).getId());
        return ResponseEntity.noContent().headers(TusHeaders::common).build();
    }
}
