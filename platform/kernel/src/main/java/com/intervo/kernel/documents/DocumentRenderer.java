package com.intervo.kernel.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Template + model → sandboxed XHTML → PDF with Flying Saucer and the DejaVu Sans font shipped in the jar. Needs
 * no database and no Spring: the service adds the tenant's data, the benchmark uses it as it is. Thread-safe.
 */
public final class DocumentRenderer {

    static final String FONT_REGULAR = "fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "fonts/DejaVuSans-Bold.ttf";
    /** A base URI that resolves nowhere: relative references stay unresolvable. */
    private static final String BASE = "about:blank";

    private static final float DOTS_PER_POINT = 20f * 4f / 3f;
    private static final int DOTS_PER_PIXEL = 20;

    /**
     * The embedded fonts, loaded once per thread: a renderer is single-threaded, a font resolver can serve one
     * renderer after another. Only the two fonts from the jar are ever added (templates cannot add @font-face).
     */
    private static final ThreadLocal<ITextFontResolver> FONTS = ThreadLocal.withInitial(() -> {
        try {
            ITextFontResolver fonts = new ITextFontResolver();
            fonts.addFont(FONT_REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            fonts.addFont(FONT_BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            return fonts;
        } catch (Exception e) {
            throw new IllegalStateException("The embedded fonts cannot be loaded", e);
        }
    });

    /** Renders a template with a model; fails with a {@link DocumentException} on a broken template. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        return pdf(sandboxed(Template.parse(template).render(model, locale)));
    }

    /**
     * Checks a template as the editor saves it: its tags, its well-formedness as written, and, rendered with the
     * sample model, that it asks for nothing the sandbox forbids. The first problem is thrown.
     */
    public void validate(String template, Map<String, ?> sampleModel, Locale locale) {
        if (template == null || template.isBlank()) {
            throw new DocumentException("documents.error.empty");
        }
        if (template.length() > DocumentTemplates.MAX_TEMPLATE_CHARS) {
            throw new DocumentException("documents.error.too-long", DocumentTemplates.MAX_TEMPLATE_CHARS);
        }
        Template parsed = Template.parse(template);
        XhtmlSandbox.parse(template);
        String xhtml = parsed.render(sampleModel, locale);
        Document document = XhtmlSandbox.parse(xhtml);
        List<XhtmlSandbox.Violation> violations = XhtmlSandbox.sanitize(document, template);
        if (!violations.isEmpty()) {
            XhtmlSandbox.Violation first = violations.getFirst();
            throw new DocumentException(first.key(), first.line(), first.detail());
        }
    }

    /**
     * Flying Saucer with the shut user agent but without the element and CSS filter: lets tests prove that the
     * second line of defence holds on its own. Not for production use.
     */
    static byte[] renderUnfiltered(String xhtml) {
        return pdf(XhtmlSandbox.parse(xhtml));
    }

    private static Document sandboxed(String xhtml) {
        Document document = XhtmlSandbox.parse(xhtml);
        XhtmlSandbox.sanitize(document, xhtml);
        defaultFont(document);
        return document;
    }

    /**
     * Puts the embedded font first in the cascade: PDF's built-in fonts have no ș, ř or Cyrillic, so a template
     * that names no font (or only a generic one) still prints every language. The template's own CSS comes later
     * and may choose the bold face or sizes.
     */
    private static void defaultFont(Document document) {
        Element root = document.getDocumentElement();
        if (root == null) {
            return;
        }
        String ns = root.getNamespaceURI();
        Element head = null;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e
                    && "head".equalsIgnoreCase(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                head = e;
                break;
            }
        }
        if (head == null) {
            head = document.createElementNS(ns, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = document.createElementNS(ns, "style");
        style.setTextContent("html, pre, tt, code, kbd, samp { font-family: \"DejaVu Sans\"; }");
        head.insertBefore(style, head.getFirstChild());
    }

    private static byte[] pdf(Document document) {
        try {
            ITextOutputDevice device = new ITextOutputDevice(DOTS_PER_POINT);
            ITextUserAgent agent = new SandboxUserAgent(device, DOTS_PER_PIXEL);
            ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device, agent, FONTS.get());
            renderer.setDocument(document, BASE);
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (DocumentException e) {
            throw e;
        } catch (Exception e) {
            throw new DocumentException("documents.error.render", e.getClass().getSimpleName());
        }
    }
}
