package com.intervo.kernel.documents;

import static com.intervo.kernel.documents.DocumentsTestSupport.RO;
import static com.intervo.kernel.documents.DocumentsTestSupport.signIn;
import static com.intervo.kernel.documents.DocumentsTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.dispatch.DispatchModule;
import com.intervo.invoicing.InvoicingModule;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Tenant-authored templates are hostile until proven otherwise: a local HTTP server records every request and
 * must receive none, whatever the template tries; files, entities, scripts and method calls get nowhere; a
 * refused template leaves the previous one in place.
 */
@TenantIntegrationTest
class DocumentsSandboxIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentTemplates templates;

    @Autowired
    UserDirectory users;

    private HttpServer server;
    private final List<String> hits = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void startTrap() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.add(exchange.getRequestURI().toString());
            byte[] body = "body { color: red; }".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopTrap() {
        server.stop(0);
        SecurityContextHolder.clearContext();
    }

    private static String page(String head, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>" + head + "</head><body>" + body
                + "<p>{{customer.name}}</p></body></html>";
    }

    private List<String> hostileTemplates() {
        return List.of(
                page("", "<img src=\"" + base + "/img\" />"),
                page("<style>body { background: url(" + base + "/bg); }</style>", ""),
                page("<style>body { background: url('" + base + "/bg2'); }</style>", ""),
                page("<style>body { background: u\\72l(" + base + "/escaped); }</style>", ""),
                page("", "<div style=\"background-image: url(" + base + "/inline)\">x</div>"),
                page("<style>@import url(" + base + "/import.css);</style>", ""),
                page("<style>@import \"" + base + "/import2.css\";</style>", ""),
                page("<style>@font-face { font-family: X; src: url(" + base + "/font.ttf); }</style>", ""),
                page("<link rel=\"stylesheet\" href=\"" + base + "/link.css\" />", ""),
                page("", "<img src=\"file:///etc/passwd\" />"),
                page("<link rel=\"stylesheet\" href=\"file:///etc/passwd\" />", ""),
                page("", "<img src=\"jar:file:///tmp/x.jar!/a.png\" />"),
                page("", "<img src=\"ftp://127.0.0.1/x.png\" />"),
                page("", "<img src=\"data:image/svg+xml;base64,PHN2Zy8+\" />"),
                page("", "<a href=\"" + base + "/link\">click</a>"),
                page("", "<object data=\"" + base + "/object\">x</object>"),
                page("", "<iframe src=\"" + base + "/iframe\">x</iframe>"),
                page("", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"" + base + "/svg\"/></svg>"),
                page("<script>java.lang.Runtime.getRuntime().exec('touch /tmp/pwned')</script>", ""),
                page("", "<script src=\"" + base + "/script.js\"></script>"),
                page("", "<body onload=\"alert(1)\">x</body>"),
                page("", "<p onclick=\"alert(1)\">x</p>"),
                page("<base href=\"" + base + "/\" />", "<img src=\"logo.png\" />"),
                page("", "<img src=\"logo.png\" />"),
                page(
                        "",
                        "<p xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></p>"));
    }

    @Test
    void hostileTemplatesAreRefusedOnSaveAndTheServerIsNeverCalled() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "admin");
        for (String hostile : hostileTemplates()) {
            assertThatThrownBy(() -> templates.save(InvoicingModule.QUOTE, RO, hostile))
                    .as(hostile)
                    .isInstanceOf(DocumentException.class);
            assertThatThrownBy(() -> documents.preview(InvoicingModule.QUOTE, RO, hostile))
                    .as(hostile)
                    .isInstanceOf(DocumentException.class);
        }
        assertThat(templates.template(InvoicingModule.QUOTE, RO).customized()).isFalse();
        assertThat(hits).isEmpty();
    }

    @Test
    void renderingStripsWhatTheSandboxForbidsAndLoadsNothing() {
        DocumentRenderer renderer = new DocumentRenderer();
        Map<String, Object> model = Map.of("customer", Map.of("name", "Ștefan"));
        for (String hostile : hostileTemplates()) {
            String text = text(renderer.render(hostile, model, RO));
            assertThat(text).as(hostile).contains("Ștefan").doesNotContain("root:x:0:0");
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void theTrapWorksAFlyingSaucerWithItsDefaultUserAgentWouldCallIt() throws Exception {
        // the control: without our user agent the same template does reach the server, so "no hits" means something
        ITextRenderer plain = new ITextRenderer();
        plain.setDocumentFromString(page(
                        "<style>body { background: url(" + base + "/control-bg); }</style>",
                        "<img src=\"" + base + "/control-img\" />")
                .replace("{{customer.name}}", "x"));
        plain.layout();
        plain.createPDF(new ByteArrayOutputStream());
        assertThat(hits).contains("/control-img");
    }

    @Test
    void theUserAgentAloneRefusesEveryUriEvenWithoutTheFilter() {
        // the second line of defence: Flying Saucer with our user agent, no element or CSS filtering at all
        for (String hostile : hostileTemplates()) {
            if (hostile.contains("<script") || hostile.contains("<svg") || hostile.contains("xi:include")) {
                continue;
            }
            String text = text(DocumentRenderer.renderUnfiltered(hostile.replace("{{customer.name}}", "ok")));
            assertThat(text).as(hostile).doesNotContain("root:x:0:0");
        }
        SandboxUserAgent agent = new SandboxUserAgent(new ITextOutputDevice(26.666f), 20);
        for (String uri : List.of(
                base + "/direct",
                "https://127.0.0.1:1/x",
                "file:///etc/passwd",
                "jar:file:///etc/passwd!/x",
                "ftp://127.0.0.1/x",
                "classpath:fonts/DejaVuSans.ttf",
                "fonts/DejaVuSans.ttf",
                "/etc/passwd",
                "data:image/svg+xml;base64,PHN2Zy8+")) {
            assertThat(agent.getImageResource(uri).getImage()).as(uri).isNull();
            assertThat(agent.getBinaryResource(uri)).as(uri).isNull();
            assertThat(agent.getXMLResource(uri)).as(uri).isNull();
            assertThat(readAll(agent.getCSSResource(uri))).as(uri).isEmpty();
        }
        assertThat(hits).isEmpty();
    }

    private static String readAll(org.xhtmlrenderer.resource.CSSResource css) {
        try (var in = css.getResourceInputSource().getByteStream()) {
            return in == null ? "" : new String(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "admin");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "%s/xxe">]>
                <html><body><p>&xxe;&net;</p></body></html>
                """.formatted(base);
        String parameterEntity = """
                <!DOCTYPE html [<!ENTITY %% remote SYSTEM "%s/dtd"> %%remote;]>
                <html><body><p>x</p></body></html>
                """.formatted(base);
        for (String template : List.of(xxe, parameterEntity)) {
            assertThatThrownBy(() -> templates.save(InvoicingModule.INVOICE, RO, template))
                    .isInstanceOfSatisfying(
                            DocumentException.class, e -> assertThat(e.key()).isEqualTo("documents.error.doctype"));
            assertThatThrownBy(() -> new DocumentRenderer().render(template, Map.of(), RO))
                    .isInstanceOf(DocumentException.class);
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void aTemplateCannotCallMethodsOrReachBeyondItsMapsOfValues() {
        Template template = Template.parse("[{{a.class}}][{{getClass}}][{{class.classLoader}}][{{a.getClass}}]"
                + "{{#a}}[{{class.classLoader.parent}}][{{.}}][{{getClass.name}}]{{/a}}"
                + "{{#runtime}}[{{.}}][{{availableProcessors}}]{{/runtime}}[{{thread.name}}][{{map.class}}]");
        Map<String, Object> model = new HashMap<>();
        model.put("a", new Object());
        model.put("runtime", Runtime.getRuntime());
        model.put("thread", Thread.currentThread());
        model.put("map", new HashMap<>());
        assertThat(template.render(model, Locale.ENGLISH)).isEqualTo("[][][][][][]");
        // values are escaped: a value cannot open a tag, an entity or another placeholder
        assertThat(Template.parse("<p title=\"{{v}}\">{{v}}</p>")
                        .render(Map.of("v", "\"><script>x</script>&amp;{{x}}"), Locale.ENGLISH))
                .isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;amp;&#123;&#123;x}}\">"
                        + "&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;amp;&#123;&#123;x}}</p>");
        assertThatThrownBy(() -> Template.parse("{{{raw}}}")).isInstanceOf(DocumentException.class);
        assertThatThrownBy(() -> Template.parse("{{> partial}}")).isInstanceOf(DocumentException.class);
        assertThatThrownBy(() -> Template.parse("{{a b}}")).isInstanceOf(DocumentException.class);
        assertThatThrownBy(() -> Template.parse("{{=<% %>=}}")).isInstanceOf(DocumentException.class);
    }

    @Test
    void aBrokenTemplateIsRefusedWithItsLineAndThePreviousOneStays() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "admin");
        String good = "<html><body><p>Bun {{customer.name}}</p></body></html>";
        templates.save(DispatchModule.WORK_REPORT, RO, good);

        String notXhtml = "<html>\n<body>\n<p>unclosed paragraph\n</body>\n</html>";
        assertThatThrownBy(() -> templates.save(DispatchModule.WORK_REPORT, RO, notXhtml))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.key()).isEqualTo("documents.error.not-xhtml");
                    assertThat(e.args()[0]).isEqualTo(4);
                });
        String unclosedSection = "<html>\n<body>\n{{#items}}<p>x</p>\n</body></html>";
        assertThatThrownBy(() -> templates.save(DispatchModule.WORK_REPORT, RO, unclosedSection))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.key()).isEqualTo("documents.error.unclosed-section");
                    assertThat(e.args()).containsExactly(3, "items");
                });
        assertThatThrownBy(() -> templates.save(DispatchModule.WORK_REPORT, RO, "  "))
                .isInstanceOf(DocumentException.class);
        assertThat(templates.template(DispatchModule.WORK_REPORT, RO).body()).isEqualTo(good);
    }

    @Test
    void everyErrorReadsWellInEveryLanguage() {
        Messages messages = new Messages();
        String notXhtml = "<html>\n<body>\n<p>unclosed\n</body>\n</html>";
        try {
            new DocumentRenderer().validate(notXhtml, Map.of(), RO);
        } catch (DocumentException e) {
            for (Locale locale : Messages.LOCALES) {
                String text = messages.getTranslation(e.key(), locale, e.args());
                assertThat(text).as(locale.toString()).contains("4").doesNotContain("!documents");
            }
            assertThat(messages.getTranslation(e.key(), RO, e.args())).startsWith("Linia 4:");
            return;
        }
        throw new AssertionError("not refused");
    }
}
