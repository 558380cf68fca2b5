package com.intervo.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

class SecureSessionCookieTest {

    @Test
    void theSessionCookieIsSecureWhenThePublicUrlIsHttps() throws Exception {
        MockServletContext https = new MockServletContext();
        new SecurityConfiguration().secureSessionCookie("https://app.intervo.ro").onStartup(https);
        assertThat(https.getSessionCookieConfig().isSecure()).isTrue();
        MockServletContext http = new MockServletContext();
        new SecurityConfiguration().secureSessionCookie("http://localhost:8080").onStartup(http);
        assertThat(http.getSessionCookieConfig().isSecure()).isFalse();
    }
}
