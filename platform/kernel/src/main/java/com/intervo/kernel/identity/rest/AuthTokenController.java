package com.intervo.kernel.identity.rest;

import com.intervo.kernel.errors.TooManyRequestsException;
import com.intervo.kernel.identity.ApiTokenService;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.SecuritySettings;
import com.intervo.kernel.identity.SignInService;
import com.intervo.kernel.security.RateLimiter;
import com.intervo.kernel.security.RateLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Bearer tokens for the API and the technician app")
class AuthTokenController {

    record TokenRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 31)
            String workspace,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 100)
            String username,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200)
            String password) {}

    record TokenResponse(String token, Instant expiresAt) {}

    private final SignInService signIn;
    private final ApiTokenService tokens;
    private final RateLimiter failuresPerAddress;
    private final SecuritySettings settings;

    AuthTokenController(SignInService signIn, ApiTokenService tokens, RateLimits limits, SecuritySettings settings) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.settings = settings;
        // shared by every replica, like the portal's and sign-up's limits: a spray of user names from one address
        this.failuresPerAddress = limits.limiter(
                "api.token.address-failures",
                settings.tokenFailureWindow(),
                settings.maxTokenFailuresPerAddress(),
                20_000);
    }

    @PostMapping("/token")
    @Operation(
            summary = "Sign in and get a bearer token",
            description = "Wrong workspace, user or password all give the same 401; 5 failures in a row lock the user; "
                    + "too many failures from one address answer 429 (with Retry-After) for a while, whatever the "
                    + "credentials.")
    TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        if (failuresPerAddress.exhausted(address, Instant.now())) {
            throw new TooManyRequestsException("kernel.api.too-many-sign-ins", settings.tokenFailureWindow());
        }
        IntervoUser user;
        try {
            user = signIn.authenticate(request.workspace(), request.username(), request.password());
        } catch (AuthenticationException e) {
            failuresPerAddress.record(address, Instant.now());
            throw e;
        }
        ApiTokenService.IssuedToken token = tokens.issue(user);
        return new TokenResponse(token.token(), token.expiresAt());
    }

    @DeleteMapping("/token")
    @Operation(summary = "Revoke the token of this request", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring(7).trim());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
