package com.intervo.kernel.security;

import com.intervo.kernel.errors.ProblemResponses;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.ApiTokenService;
import com.intervo.kernel.identity.OperatorSignIn;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleCatalog;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantHosts;
import com.intervo.kernel.ui.LoginView;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: {@code /api/**} is stateless with bearer tokens; everything else is the Vaadin UI with a
 * session and the sign-in view. Views are denied unless annotated.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokenService tokens,
            TenantHosts hosts,
            Messages messages,
            ModuleCatalog catalog,
            Licenses licenses,
            TenantAccess access)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                // an async request (a server-sent-events stream) was authorized when it began; its end comes back
                // as an ASYNC dispatch that carries no token of its own and may only finish the committed response
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, hosts, messages), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ModuleApiLicenseFilter(catalog, licenses, messages), AuthorizationFilter.class)
                .addFilterAfter(new ReadOnlyApiFilter(access, messages), ModuleApiLicenseFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> ProblemResponses.write(
                                response,
                                401,
                                "unauthorized",
                                messages.getTranslation(
                                        "kernel.api.unauthorized", Messages.supported(request.getLocale())),
                                messages.getTranslation(
                                        "kernel.api.sign-in-required", Messages.supported(request.getLocale()))))
                        .accessDeniedHandler((request, response, e) -> ProblemResponses.write(
                                response,
                                403,
                                "forbidden",
                                messages.getTranslation(
                                        "kernel.api.forbidden", Messages.supported(request.getLocale())),
                                messages.getTranslation(
                                        "kernel.api.role-required", Messages.supported(request.getLocale())))));
        return http.build();
    }

    /**
     * Calls from outside services (Stripe) to {@code /webhooks/**}: no session, no CSRF token; each handler
     * authenticates the call itself (Stripe signs its events).
     */
    @Bean
    @Order(0)
    SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> {})
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(
            HttpSecurity http, ObjectProvider<PublicEndpoints> publicEndpointBeans, TenantHosts hosts)
            throws Exception {
        List<PublicEndpoints> publicEndpoints =
                publicEndpointBeans.orderedStream().toList();
        http.addFilterBefore(new WorkspaceHostSessionFilter(hosts), AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/actuator/info",
                        "/livez",
                        "/readyz",
                        "/styles/**",
                        "/images/**",
                        "/scripts/**",
                        "/webjars/**")
                .permitAll());
        List<String> open =
                publicEndpoints.stream().flatMap(p -> p.paths().stream()).toList();
        if (!open.isEmpty()) {
            http.authorizeHttpRequests(
                    auth -> auth.requestMatchers(open.toArray(String[]::new)).permitAll());
        }
        List<String> codeAuthorized = publicEndpoints.stream()
                .flatMap(p -> p.codeAuthorized().stream())
                .toList();
        if (!codeAuthorized.isEmpty()) {
            http.csrf(csrf -> csrf.ignoringRequestMatchers(codeAuthorized.toArray(String[]::new)));
        }
        // security headers (the CSP with frame-ancestors of embeddable pages among them): SecurityHeadersFilter
        // an anonymous visitor of the operator console is sent to the operators' sign-in, not a workspace's
        http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint(
                        "/" + com.intervo.kernel.ui.OperatorConsole.LOGIN_ROUTE),
                PathPatternRequestMatcher.withDefaults()
                        .matcher("/" + com.intervo.kernel.ui.OperatorConsole.ROUTE_PREFIX + "/**")));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Role annotations and licenses both decide; any denial wins, and a view nobody allows is denied. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            ObjectProvider<ModuleCatalog> catalog, ObjectProvider<Licenses> licenses) {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new LicenseAccessChecker(catalog, licenses))
                .withNavigationAccessChecker(new OperatorRealmChecker())
                .withLoginView(LoginView.class)
                .withDecisionResolver((results, context) -> {
                    if (results.stream().anyMatch(r -> r.decision() == AccessCheckDecision.DENY)) {
                        return results.stream()
                                .filter(r -> r.decision() == AccessCheckDecision.DENY)
                                .findFirst()
                                .orElseThrow();
                    }
                    if (results.stream().anyMatch(r -> r.decision() == AccessCheckDecision.ALLOW)) {
                        return AccessCheckResult.allow();
                    }
                    return AccessCheckResult.deny("No access rule allows this view");
                });
    }

    @Bean
    FilterRegistrationBean<SessionPrincipalRefreshFilter> sessionPrincipalRefreshFilter(
            UserDirectory users, TenantDirectory tenants, OperatorSignIn operators) {
        FilterRegistrationBean<SessionPrincipalRefreshFilter> registration =
                new FilterRegistrationBean<>(new SessionPrincipalRefreshFilter(users, tenants, operators));
        // after Spring Security (order -100) has loaded the session's context, before the tenant is bound
        registration.setOrder(-50);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EmbeddableFrameFilter> embeddableFrameFilter(ObjectProvider<PublicEndpoints> endpoints) {
        List<RequestMatcher> matchers = endpoints
                .orderedStream()
                .flatMap(e -> e.embeddable().stream())
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList();
        FilterRegistrationBean<EmbeddableFrameFilter> registration =
                new FilterRegistrationBean<>(new EmbeddableFrameFilter(matchers));
        // before Spring Security's chain (order -100), so its header writers write through the wrapper
        registration.setOrder(-110);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(ObjectProvider<PublicEndpoints> endpoints) {
        List<SecurityHeadersFilter.Embeddable> embeddable = endpoints
                .orderedStream()
                .flatMap(e -> e.embeddable().stream()
                        .map(path -> new SecurityHeadersFilter.Embeddable(
                                PathPatternRequestMatcher.withDefaults().matcher(path), e.frameAncestors())))
                .toList();
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(embeddable));
        // before Spring Security's chain and Vaadin, which serves its pages past Spring Security's header writers
        registration.setOrder(-115);
        return registration;
    }

    /** The session cookie only over https when people reach the application over https. */
    @Bean
    org.springframework.boot.web.servlet.ServletContextInitializer secureSessionCookie(
            com.intervo.kernel.mail.PublicAddresses addresses) {
        return servletContext -> {
            if (addresses.publicUrl().strip().toLowerCase(java.util.Locale.ROOT).startsWith("https:")) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    @Bean
    FilterRegistrationBean<TenantBindingFilter> tenantBindingFilter() {
        FilterRegistrationBean<TenantBindingFilter> registration =
                new FilterRegistrationBean<>(new TenantBindingFilter());
        // after Spring Security's chain (order -100), so the principal is known
        registration.setOrder(0);
        return registration;
    }
}
