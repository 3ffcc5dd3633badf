package org.kepu.portal.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.ApiToken;
import org.kepu.content.account.ApiTokenNotFound;
import org.kepu.content.account.ApiTokens;
import org.kepu.content.account.IssuedToken;
import org.kepu.portal.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: an account issues bearer tokens for its scripts, lists and revokes them.
 * Only a password login (HTTP Basic) may issue one: a leaked token must not mint itself successors.
 */
@RestController
class TokenApiController {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final Texts texts;

    TokenApiController(ApiTokens tokens, Accounts accounts, Texts texts) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.texts = texts;
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Issue a bearer token for the calling account",
            description = "The token is shown only in this answer and expires after `kepu.api-tokens.lifetime`"
                    + " (90 days by default). Only HTTP Basic may issue tokens.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(
            responseCode = "201",
            description = "The token, shown only in this answer",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssuedToken.class)))
    @ApiResponse(
            responseCode = "403",
            description = "Called with a bearer token, or the account's password is temporary")
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SignedInAccount)) {
            return problem(HttpStatus.FORBIDDEN, texts.of("api.token.password-only"));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.issue(accountId(authentication), request.name().strip()));
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "The calling account's tokens (never their secrets), newest first, with their expiry")
    List<TokenView> list(Authentication authentication) {
        return tokens.of(accountId(authentication)).stream().map(TokenView::of).toList();
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revoke one of the calling account's tokens")
    @ApiResponse(responseCode = "404", description = "No such token of this account")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Authentication authentication) {
        tokens.revoke(accountId(authentication), id);
    }

    @ExceptionHandler(ApiTokenNotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, texts.of("api.token.not-found"));
    }

    private long accountId(Authentication authentication) {
        return accounts.findByUsername(authentication.getName()).orElseThrow().getId();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {}

    /** A token as its owner sees it: never the secret. */
    record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.expiresAt());
        }
    }
}
