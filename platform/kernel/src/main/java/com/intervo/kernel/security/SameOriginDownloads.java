package com.intervo.kernel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a page of ours shows in a frame of its own (the template editor's live PDF preview) is served by Vaadin
 * as a dynamic resource of the signed-in session. Spring Security answers every response with
 * {@code X-Frame-Options: DENY}, so the browser refused the preview; these responses alone may be framed by the
 * same origin. Other sites still cannot frame them, and every other response keeps {@code DENY}.
 */
@Configuration(proxyBeanMethods = false)
class SameOriginDownloads {

    static final String DYNAMIC_RESOURCES = "/VAADIN/dynamic/resource/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sameOriginDownloadsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        // before Spring Security's chain (order -100), so its header writer writes through the wrapper
        registration.setOrder(-105);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private static final String HEADER = "X-Frame-Options";

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!path.startsWith(DYNAMIC_RESOURCES)) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    super.setHeader(name, HEADER.equalsIgnoreCase(name) ? "SAMEORIGIN" : value);
                }

                @Override
                public void addHeader(String name, String value) {
                    if (HEADER.equalsIgnoreCase(name)) {
                        super.setHeader(name, "SAMEORIGIN");
                    } else {
                        super.addHeader(name, value);
                    }
                }
            });
        }
    }
}
