package com.intervo.kernel.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Requests the servlet container refuses before any filter runs (an encoded NUL or a broken escape in the path):
 * on {@code /api/} paths the answer is a problem detail too, never Tomcat's HTML page; elsewhere nothing changes
 * but that the page shows no server details.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        int status = response.getStatus();
        // only an error nobody answered yet (the application writes its own problem details)
        if (uri == null
                || !uri.startsWith("/api/")
                || status < 400
                || response.isCommitted()
                || response.getContentWritten() > 0
                || !response.isError()) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            String title = status >= 500 ? "Internal error" : "Invalid request";
            writer.write(
                    "{\"type\":\"https://intervo.app/problems/" + (status >= 500 ? "internal-error" : "bad-request")
                            + "\",\"title\":\"" + title + "\",\"status\":" + status + "}");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away: nothing left to answer
        }
    }
}
