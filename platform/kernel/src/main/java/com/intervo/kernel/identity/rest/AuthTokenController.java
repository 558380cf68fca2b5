package com.intervo.kernel.identity.rest;

import com.intervo.kernel.identity.ApiTokenService;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.SignInService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    record TokenRequest(@NotBlank @Size(max = 31) String workspace, @NotBlank @Size(max = 100) String username,
                        @NotBlank @Size(max = 200) String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    private final SignInService signIn;
    private final ApiTokenService tokens;

    AuthTokenController(SignInService signIn, ApiTokenService tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    @PostMapping("/token")
    @Operation(summary = "Sign in and get a bearer token",
            description = "Wrong workspace, user or password all give the same 401; 5 failures in a row lock the user.")
    TokenResponse issue(@Valid @RequestBody TokenRequest request) {
        IntervoUser user = signIn.authenticate(request.workspace(), request.username(), request.password());
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
