package com.intervo.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Public pages (and every other page) send a Content-Security-Policy and X-Content-Type-Options. */
@TenantIntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void publicPagesSendAContentSecurityPolicyAndNoSniff() throws Exception {
        Http http = new Http(port);
        for (String page : new String[] {"/login", "/signup", "/track", "/operator/login", "/"}) {
            HttpResponse<String> response = http.get(page, null);
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(page)
                    .hasValue("nosniff");
            assertThat(response.headers().allValues("Content-Security-Policy"))
                    .as(page)
                    .singleElement()
                    .satisfies(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("object-src 'none'")
                            .contains("base-uri 'self'")
                            .contains("form-action 'self'"));
        }
        assertThat(http.get("/login", null).headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).endsWith("frame-ancestors 'self'"));
        // the embeddable portal may be framed by the sites its module names, in the one policy
        HttpResponse<String> embed = http.get("/portal/embed", null);
        assertThat(embed.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(csp -> assertThat(csp).contains("default-src 'self'").endsWith("frame-ancestors *"));
    }

    @Test
    void theSessionCookieIsNotSecureOverPlainHttp() throws Exception {
        // the tests' public URL is http://: a Secure cookie would never come back (see SecureSessionCookieTest)
        HttpResponse<String> login = new Http(port).get("/login", null);
        assertThat(login.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }
}
