package com.intervo.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.mail.PublicAddresses;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

class SecureSessionCookieTest {

    @Test
    void theSessionCookieIsSecureWhenThePublicUrlIsHttps() throws Exception {
        MockServletContext https = new MockServletContext();
        new SecurityConfiguration()
                .secureSessionCookie(new PublicAddresses("https://app.intervo.ro", null))
                .onStartup(https);
        assertThat(https.getSessionCookieConfig().isSecure()).isTrue();
        MockServletContext http = new MockServletContext();
        new SecurityConfiguration()
                .secureSessionCookie(new PublicAddresses("http://localhost:8080", null))
                .onStartup(http);
        assertThat(http.getSessionCookieConfig().isSecure()).isFalse();
    }
}
