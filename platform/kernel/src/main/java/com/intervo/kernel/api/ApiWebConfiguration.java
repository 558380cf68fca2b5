package com.intervo.kernel.api;

import com.intervo.kernel.i18n.Messages;
import jakarta.servlet.DispatcherType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's edge for every endpoint: the filter in front of {@code /api/**}, query and path parameters converted
 * under {@link InputRules}, and JSON as the only body format (no XML converter).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<ApiEdgeFilter> apiEdgeFilter(Messages messages) {
        FilterRegistrationBean<ApiEdgeFilter> registration = new FilterRegistrationBean<>(new ApiEdgeFilter(messages));
        // before every other filter (Spring Security is at -100), on error dispatches too
        registration.setOrder(-120);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** Tomcat's own refusals (before any filter) on API paths as problem details too. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<
                    org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory>
            apiErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, checked(LocalDate::parse));
        registry.addConverter(String.class, LocalDateTime.class, checked(LocalDateTime::parse));
        registry.addConverter(String.class, OffsetDateTime.class, checked(OffsetDateTime::parse));
        registry.addConverter(String.class, ZonedDateTime.class, checked(ZonedDateTime::parse));
        registry.addConverter(String.class, Instant.class, checked(ApiWebConfiguration::instant));
    }

    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new QueryNumberRules());
    }

    private static <T> Converter<String, T> checked(Function<String, T> parse) {
        return source -> {
            if (source.isBlank()) {
                return null;
            }
            T value = parse.apply(source.strip());
            String refusal = InputRules.refusal(value);
            if (refusal != null) {
                throw new RefusedValueException(refusal, source);
            }
            return value;
        };
    }

    /** ISO-8601 ({@code 2026-12-07T10:00:00Z}, with or without an offset) or epoch milliseconds. */
    private static Instant instant(String source) {
        if (source.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(source));
        }
        try {
            return Instant.parse(source);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(source, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        }
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter.getSupportedMediaTypes().stream()
                .anyMatch(type -> "xml".equals(type.getSubtype()) || "xml".equals(type.getSubtypeSuffix())));
    }
}
