package com.intervo.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.i18n.Messages;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiEdgeFilterTest {

    private final ApiEdgeFilter filter = new ApiEdgeFilter(new Messages());

    @Test
    void queryParametersWithControlCharactersOrBrokenEncodingAreNamed() {
        assertThat(ApiEdgeFilter.refusedParameter("q=Ion+Popescu&city=Bra%C8%99ov&limit=10"))
                .isEmpty();
        assertThat(ApiEdgeFilter.refusedParameter("a=1&q=a%00b"))
                .contains(Map.entry("q", InputRules.CONTROL_CHARACTER));
        assertThat(ApiEdgeFilter.refusedParameter("q=%1B%5B31m"))
                .contains(Map.entry("q", InputRules.CONTROL_CHARACTER));
        assertThat(ApiEdgeFilter.refusedParameter("status=%FF%FE")).contains(Map.entry("status", InputRules.ENCODING));
        assertThat(ApiEdgeFilter.refusedParameter("q=%Z1")).contains(Map.entry("q", InputRules.ENCODING));
    }

    @Test
    void anExceptionThatEscapedEveryHandlerIsA500ProblemWithoutInternals() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/customers");
        request.addHeader("Accept-Language", "ro");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("connection to 10.0.0.7 refused, table t_demo.customer");
        });
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("Eroare internă")
                .contains("referința")
                .doesNotContain("10.0.0.7")
                .doesNotContain("t_demo")
                .doesNotContain("IllegalState");
    }

    @Test
    void sendErrorOnAnApiPathIsAProblemDetail() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/customers");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(
                request,
                response,
                (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res)
                        .sendError(405, "Request method 'GET' is not supported"));
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":405").doesNotContain("supported");
    }

    @Test
    void bodiesOtherThanJsonAreRefused() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/token");
        request.setContentType("application/xml");
        request.setContent("<a/>".getBytes());
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("must not reach the application");
        });
        assertThat(response.getStatus()).isEqualTo(415);
    }
}
