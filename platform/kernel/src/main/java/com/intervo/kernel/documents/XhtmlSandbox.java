package com.intervo.kernel.documents;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Keeps tenant-authored XHTML harmless before Flying Saucer sees it. The parser refuses DOCTYPEs (so no
 * external or internal entities, no XXE) and resolves nothing; then only an allow-list of presentational
 * elements and attributes survives, images only as {@code data:image/png} or {@code data:image/jpeg}, links only
 * to fragments or mail addresses, and CSS without {@code @import}, {@code @font-face} or any {@code url(...)} other
 * than such an image. The renderer's user agent refuses every other URI as a second line of defence.
 */
final class XhtmlSandbox {

    /** A finding: the translation key and the line of the (rendered) document. */
    record Violation(String key, String detail, int line) {}

    private static final Set<String> ELEMENTS = Set.of(
            "html",
            "head",
            "title",
            "style",
            "meta",
            "body",
            "div",
            "span",
            "p",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "col",
            "colgroup",
            "caption",
            "img",
            "b",
            "strong",
            "i",
            "em",
            "u",
            "s",
            "small",
            "big",
            "sub",
            "sup",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "pre",
            "code",
            "blockquote",
            "section",
            "header",
            "footer",
            "article",
            "address",
            "main",
            "nav",
            "aside",
            "figure",
            "figcaption",
            "a",
            "font",
            "center",
            "label",
            "abbr",
            "mark",
            "q",
            "cite",
            "del",
            "ins");
    private static final Set<String> ATTRIBUTES = Set.of(
            "class",
            "id",
            "style",
            "colspan",
            "rowspan",
            "width",
            "height",
            "align",
            "valign",
            "alt",
            "title",
            "lang",
            "dir",
            "border",
            "cellpadding",
            "cellspacing",
            "name",
            "content",
            "charset",
            "type",
            "media",
            "span",
            "color",
            "size",
            "face",
            "start",
            "summary",
            "scope",
            "headers");
    private static final Pattern SAFE_IMAGE = Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/=\\s]*");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.DOTALL);
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6})\\s?|\\\\(.)", Pattern.DOTALL);
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private XhtmlSandbox() {}

    /** Parses well-formed XHTML with every external reference and every DTD refused. */
    static Document parse(String xhtml) {
        if (containsDoctype(xhtml)) {
            throw new DocumentException("documents.error.doctype", Template.line(xhtml, indexOfDoctype(xhtml)));
        }
        try {
            DocumentBuilder builder = FACTORY.get().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused");
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new DocumentException("documents.error.not-xhtml", e.getLineNumber(), clean(e.getMessage()));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new DocumentException("documents.error.not-xhtml", 0, clean(e.getMessage()));
        }
    }

    private static final ThreadLocal<DocumentBuilderFactory> FACTORY = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser available", e);
        }
    });

    private static boolean containsDoctype(String xhtml) {
        return indexOfDoctype(xhtml) >= 0;
    }

    private static int indexOfDoctype(String xhtml) {
        return xhtml.toUpperCase(Locale.ROOT).indexOf("<!DOCTYPE");
    }

    /**
     * Removes whatever is not allowed and reports it: the editor refuses a template with any finding, rendering
     * goes on without the removed parts.
     */
    static List<Violation> sanitize(Document document, String source) {
        List<Violation> found = new ArrayList<>();
        Element root = document.getDocumentElement();
        if (root == null || !"html".equals(local(root))) {
            found.add(new Violation("documents.error.no-html-root", "", 1));
            return found;
        }
        sanitize(root, found, source);
        return found;
    }

    private static void sanitize(Element element, List<Violation> found, String source) {
        String name = local(element);
        if (!ELEMENTS.contains(name)) {
            found.add(new Violation("documents.error.element", name, lineOf(source, "<" + element.getTagName())));
            element.getParentNode().removeChild(element);
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> remove = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String attrName = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
            attrName = attrName.toLowerCase(Locale.ROOT);
            String value = attr.getValue().strip();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())
                    || (XMLConstants.XML_NS_URI.equals(attr.getNamespaceURI()) && attrName.equals("lang"))) {
                continue;
            }
            String problem = null;
            if (attrName.startsWith("on")) {
                problem = "documents.error.event-attribute";
            } else if (attrName.equals("src")) {
                if (!name.equals("img") || !SAFE_IMAGE.matcher(value).matches()) {
                    problem = "documents.error.external-resource";
                }
            } else if (attrName.equals("href")) {
                if (!name.equals("a") || !(value.startsWith("#") || value.startsWith("mailto:"))) {
                    problem = "documents.error.external-resource";
                }
            } else if (attrName.equals("style")) {
                problem = cssProblem(value);
            } else if (!ATTRIBUTES.contains(attrName) || attr.getNamespaceURI() != null) {
                problem = "documents.error.attribute";
            }
            if (problem != null) {
                found.add(new Violation(
                        problem, attrName + "=\"" + abbreviate(value) + "\"", lineOf(source, attr.getName() + "=")));
                remove.add(attr);
            }
        }
        remove.forEach(element::removeAttributeNode);
        if (name.equals("img") && !element.hasAttribute("src")) {
            element.getParentNode().removeChild(element);
            return;
        }
        if (name.equals("meta") && (element.hasAttribute("http-equiv"))) {
            element.getParentNode().removeChild(element);
            return;
        }
        if (name.equals("style")) {
            String problem = cssProblem(element.getTextContent());
            if (problem != null) {
                found.add(new Violation(problem, "style", lineOf(source, "<style")));
                element.setTextContent("");
            }
        }
        NodeList children = element.getChildNodes();
        List<Node> snapshot = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            snapshot.add(children.item(i));
        }
        for (Node child : snapshot) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> sanitize((Element) child, found, source);
                case Node.PROCESSING_INSTRUCTION_NODE, Node.ENTITY_REFERENCE_NODE -> {
                    found.add(new Violation("documents.error.element", child.getNodeName(), 0));
                    element.removeChild(child);
                }
                default -> {}
            }
        }
    }

    /** Null when the CSS loads nothing from outside; escapes and comments are decoded first. */
    static String cssProblem(String css) {
        String plain = CSS_COMMENT.matcher(unescape(css)).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (plain.contains("@import") || plain.contains("@font-face") || plain.contains("@namespace")) {
            return "documents.error.css-import";
        }
        if (plain.contains("expression(") || plain.contains("image-set(")) {
            return "documents.error.css-url";
        }
        Matcher urls = CSS_URL.matcher(plain);
        int count = 0;
        while (urls.find()) {
            count++;
            if (!SAFE_IMAGE.matcher(urls.group(2).strip()).matches()) {
                return "documents.error.css-url";
            }
        }
        // a url( the pattern did not understand (unbalanced, odd spacing) is refused as well
        int raw = plain.split("url\\s*\\(", -1).length - 1;
        return raw == count ? null : "documents.error.css-url";
    }

    private static String unescape(String css) {
        Matcher m = CSS_ESCAPE.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                int code = Integer.parseInt(m.group(1), 16);
                replacement = Character.isValidCodePoint(code) ? Character.toString(code) : "?";
            } else {
                replacement = m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String local(Element element) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static int lineOf(String source, String needle) {
        int index = source.indexOf(needle);
        return index < 0 ? 0 : Template.line(source, index);
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static String clean(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
