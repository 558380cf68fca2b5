package com.intervo.kernel.documents;

/**
 * What the template form sets for one kind of document in one language, applied to whatever template prints
 * it (the shipped default or the admin's own XHTML) through its standard parts: the {@code h1} title, the
 * {@code h1}/{@code h2} accent colour, and the blocks {@code .logo}, {@code .qr}, {@code .sign} and the prices
 * ({@code .items .n}, {@code .totals}).
 *
 * @param title         the document's title instead of the template's; null keeps it
 * @param note          a text printed under the title (opening hours, a reminder); null for none
 * @param accent        the colour of titles and rules, {@code #rrggbb}; null keeps the template's
 * @param showLogo      print the logo
 * @param showQr        print the QR code
 * @param showSignature print the signature lines
 * @param showPrices    print prices and totals
 */
public record DocumentLayoutSettings(
        String title,
        String note,
        String accent,
        boolean showLogo,
        boolean showQr,
        boolean showSignature,
        boolean showPrices) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NOTE = 2000;

    public DocumentLayoutSettings {
        title = blankToNull(title);
        note = blankToNull(note);
        accent = blankToNull(accent);
    }

    /** The template as written. */
    public static DocumentLayoutSettings asWritten() {
        return new DocumentLayoutSettings(null, null, null, true, true, true, true);
    }

    public boolean isAsWritten() {
        return equals(asWritten());
    }

    /**
     * The template's XHTML with these settings applied; user text is escaped for XML and for the template's
     * own tags, so it prints exactly as typed.
     */
    public String applyTo(String xhtml) {
        if (isAsWritten()) {
            return xhtml;
        }
        String result = xhtml;
        if (title != null) {
            result = result.replaceFirst(
                    "(?s)(<h1[^>]*>).*?(</h1>)", "$1" + java.util.regex.Matcher.quoteReplacement(escape(title)) + "$2");
        }
        if (note != null) {
            int end = result.indexOf("</h1>");
            String paragraph = "<p class=\"layout-note\">" + escape(note) + "</p>";
            result = end < 0
                    ? result.replaceFirst("(<body[^>]*>)", "$1" + java.util.regex.Matcher.quoteReplacement(paragraph))
                    : result.substring(0, end + 5) + paragraph + result.substring(end + 5);
        }
        StringBuilder css = new StringBuilder(".layout-note { white-space: pre-line; margin: 1mm 0 3mm 0; }\n");
        if (accent != null) {
            css.append("h1, h2 { color: ")
                    .append(accent)
                    .append("; } h2 { border-bottom-color: ")
                    .append(accent)
                    .append("; }\n");
        }
        if (!showLogo) {
            css.append(".logo img { display: none; }\n");
        }
        if (!showQr) {
            css.append(".qr img { display: none; }\n");
        }
        if (!showSignature) {
            css.append(".sign { display: none; }\n");
        }
        if (!showPrices) {
            css.append(".items .n, .totals, .price { display: none; }\n");
        }
        String style = "<style>\n" + css + "</style>";
        int head = result.indexOf("</head>");
        return head < 0 ? result : result.substring(0, head) + style + result.substring(head);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("{", "&#123;")
                .replace("}", "&#125;")
                .replace("\n", "<br />");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
