package com.intervo.kernel.documents;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;

/**
 * A PDF shown inside one of our own pages (an iframe): served inline, as a dynamic resource of the session, which
 * {@code SameOriginDownloads} lets our own pages frame.
 */
public final class InlinePdf {

    private InlinePdf() {}

    public static DownloadHandler of(byte[] pdf, String fileName) {
        return DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                        new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length))
                .inline();
    }
}
