package com.intervo.kernel.documents;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;

/**
 * A PDF shown inside one of our own pages (an iframe). Spring Security answers every other response with
 * {@code X-Frame-Options: DENY}, and the browser then refuses the frame; this response alone allows being
 * framed by the same origin (Spring Security keeps a header that is already set).
 */
public final class InlinePdf {

    private InlinePdf() {
    }

    public static DownloadHandler of(byte[] pdf, String fileName) {
        return DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("X-Frame-Options", "SAMEORIGIN");
            return new com.vaadin.flow.server.streams.DownloadResponse(new ByteArrayInputStream(pdf), fileName,
                    "application/pdf", pdf.length);
        }).inline();
    }
}
