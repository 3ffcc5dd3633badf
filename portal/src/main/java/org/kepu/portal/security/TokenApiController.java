package org.kepu.portal.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.ApiTokens;
import org.kepu.content.account.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/tokens}: a signed-in account issues a bearer token for its scripts. */
@RestController
class TokenApiController {

    private final ApiTokens tokens;
    private final Accounts accounts;

    TokenApiController(ApiTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@Valid @RequestBody TokenRequest request, Principal principal) {
        long accountId =
                accounts.findByUsername(principal.getName()).orElseThrow().getId();
        return tokens.issue(accountId, request.name().strip());
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {}
}
