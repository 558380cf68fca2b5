package com.intervo.kernel.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Range checks of numbers sent as request parameters, before the handler runs. A converter cannot refuse them:
 * when it fails, Spring falls back to its plain number editors, which accept any size.
 */
class QueryNumberRules implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getNestedParameterType();
            if (param == null || !isNumber(type)) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            String[] values = name == null ? null : request.getParameterValues(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                String refusal = refusal(type, value.strip());
                if (refusal != null) {
                    throw new RefusedParameterException(name, refusal);
                }
            }
        }
        return true;
    }

    private static boolean isNumber(Class<?> type) {
        return type == Integer.class
                || type == int.class
                || type == Short.class
                || type == short.class
                || type == BigDecimal.class
                || type == Double.class
                || type == double.class
                || type == Float.class
                || type == float.class;
    }

    /** The refusal of a number in range of its syntax; unparseable values are left to the type conversion. */
    static String refusal(Class<?> type, String value) {
        try {
            if (type == BigDecimal.class
                    || type == Double.class
                    || type == double.class
                    || type == Float.class
                    || type == float.class) {
                if (value.equalsIgnoreCase("nan") || value.toLowerCase().contains("infinity")) {
                    return InputRules.NUMBER_OUT_OF_RANGE;
                }
                return InputRules.refusal(new BigDecimal(value));
            }
            return InputRules.queryIntegerRefusal(new BigDecimal(value).longValue());
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A request parameter out of range: 400 naming it. */
    static class RefusedParameterException extends RuntimeException {

        private final String parameter;
        private final String reasonKey;

        RefusedParameterException(String parameter, String reasonKey) {
            super("Refused parameter " + parameter + ": " + reasonKey);
            this.parameter = parameter;
            this.reasonKey = reasonKey;
        }

        String parameter() {
            return parameter;
        }

        String reasonKey() {
            return reasonKey;
        }
    }
}
