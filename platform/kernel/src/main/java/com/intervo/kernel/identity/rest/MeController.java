package com.intervo.kernel.identity.rest;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Authentication")
class MeController {

    record Me(
            String workspace,
            UUID userId,
            String username,
            String displayName,
            Set<Role> roles,
            boolean catalogEditor,
            Set<ModuleKey> modules) {}

    private final Licenses licenses;

    MeController(Licenses licenses) {
        this.licenses = licenses;
    }

    @GetMapping
    @Operation(
            summary = "Who the token belongs to, and the modules the workspace may use",
            security = @SecurityRequirement(name = "bearer"))
    Me me() {
        IntervoUser user = IntervoAuthentication.current().orElseThrow();
        return new Me(
                user.tenant().key(),
                user.userId(),
                user.username(),
                user.displayName(),
                user.roles(),
                user.catalogEditor(),
                licenses.effectiveModules(user.tenant()));
    }
}
