package com.intervo.kernel.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.util.regex.Pattern;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;

/**
 * Flying Saucer's window to the outside, shut: no http, https, file, jar, ftp or classpath URI is ever opened.
 * Only inline PNG and JPEG images ({@code data:} URIs, the logo and QR codes) are decoded. The embedded font is
 * registered with the font resolver directly and never passes through here.
 */
final class SandboxUserAgent extends ITextUserAgent {

    private static final Pattern INLINE_IMAGE = Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/=\\s]*");

    private static final String DEFAULT_CSS_URI;
    private static final byte[] DEFAULT_CSS;

    static {
        URL url = XhtmlCssOnlyNamespaceHandler.class.getResource(
                Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css");
        if (url == null) {
            throw new IllegalStateException("Flying Saucer's default stylesheet is missing");
        }
        DEFAULT_CSS_URI = url.toString();
        try (InputStream in = url.openStream()) {
            DEFAULT_CSS = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SandboxUserAgent(ITextOutputDevice device, int dotsPerPixel) {
        super(device, dotsPerPixel);
    }

    @Override
    public ImageResource getImageResource(String uri) {
        if (uri != null && INLINE_IMAGE.matcher(uri).matches()) {
            return super.getImageResource(uri);
        }
        return new ImageResource(uri, null);
    }

    /** Flying Saucer's own user-agent stylesheet is the one CSS resource loaded, from our copy in memory. */
    @Override
    public CSSResource getCSSResource(String uri) {
        if (DEFAULT_CSS_URI.equals(uri)) {
            return new CSSResource(new ByteArrayInputStream(DEFAULT_CSS));
        }
        return new CSSResource(InputStream.nullInputStream());
    }

    @Override
    public XMLResource getXMLResource(String uri) {
        return null;
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        return null;
    }

    @Override
    public String resolveURI(String uri) {
        return uri;
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        return null;
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        throw new IOException("Documents load nothing from outside");
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        throw new IOException("Documents load nothing from outside");
    }

    @Override
    public boolean isVisited(String uri) {
        return false;
    }
}
