package com.intervo.workshop.rest;

import com.intervo.kernel.i18n.Messages;
import com.intervo.workshop.SheetDocument;
import com.intervo.workshop.TrackingPortal;
import com.intervo.workshop.TrackingPortal.Lookup;
import com.intervo.workshop.TrackingPortal.Outcome;
import com.intervo.workshop.TrackingPortal.Tracked;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The tracking portal without a browser session: the JSON look-up, the protocol PDFs, and a small page plus a
 * script for embedding the look-up on the company's own site. No sign-in; rate-limited by {@link TrackingPortal}.
 */
@RestController
@RequestMapping("/portal")
class PortalController {

    private final TrackingPortal portal;
    private final Messages messages;

    PortalController(TrackingPortal portal, Messages messages) {
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping(value = "/api/track/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> track(
            @PathVariable String code, @RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = locale(lang, request);
        // a language asked for wins; otherwise the customer's own, then the browser's
        String host = request.getHeader("Host");
        Lookup<Tracked> found = lang != null && !lang.isBlank()
                ? portal.track(request.getRemoteAddr(), host, code, locale)
                : portal.trackForCustomer(request.getRemoteAddr(), host, code, locale);
        return switch (found.outcome()) {
            case FOUND ->
                ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .header("Access-Control-Allow-Origin", "*")
                        .body(found.value());
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "tracking-not-found", "workshop.portal.not-found", locale);
            case THROTTLED ->
                problem(HttpStatus.TOO_MANY_REQUESTS, "tracking-throttled", "workshop.portal.throttled", locale);
        };
    }

    @GetMapping("/api/track/{code}/{kind:intake|handover}.pdf")
    ResponseEntity<?> document(@PathVariable String code, @PathVariable String kind, HttpServletRequest request) {
        Locale locale = locale(null, request);
        Lookup<SheetDocument> found = portal.document(request.getRemoteAddr(), request.getHeader("Host"), code, kind);
        if (found.outcome() == Outcome.FOUND) {
            return SheetController.pdf(found.value());
        }
        return found.outcome() == Outcome.THROTTLED
                ? problem(HttpStatus.TOO_MANY_REQUESTS, "tracking-throttled", "workshop.portal.throttled", locale)
                : problem(HttpStatus.NOT_FOUND, "tracking-not-found", "workshop.portal.not-found", locale);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getTranslation(key, locale));
        problem.setType(java.net.URI.create("https://intervo.app/problems/" + type));
        problem.setTitle(messages.getTranslation("workshop.portal.title", locale));
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Access-Control-Allow-Origin", "*")
                .cacheControl(CacheControl.noStore());
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            builder.header(
                    "Retry-After", String.valueOf(portal.settings().window().toSeconds()));
        }
        return builder.body(problem);
    }

    /**
     * A self-contained look-up form for an iframe on the company's site (no cookies, no session: it works in a
     * cross-site frame). {@code ?lang=ro} picks the language; {@code ?code=} fills the code in.
     */
    @GetMapping(value = "/embed", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> embed(@RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = locale(lang, request);
        Map<String, String> t = new java.util.LinkedHashMap<>();
        t.put("title", messages.getTranslation("workshop.portal.title", locale));
        t.put("hint", messages.getTranslation("workshop.portal.hint", locale));
        t.put("code", messages.getTranslation("workshop.portal.code", locale));
        t.put("check", messages.getTranslation("workshop.portal.check", locale));
        t.put("status", messages.getTranslation("workshop.portal.status", locale));
        t.put("received", messages.getTranslation("workshop.portal.received", locale));
        t.put("promised", messages.getTranslation("workshop.portal.promised", locale));
        t.put("intake", messages.getTranslation("workshop.portal.intake-protocol", locale));
        t.put("handover", messages.getTranslation("workshop.portal.handover-protocol", locale));
        t.put("error", messages.getTranslation("workshop.portal.not-found", locale));
        t.put("device", messages.getTranslation("workshop.portal.device", locale));
        t.put("amount", messages.getTranslation("workshop.portal.amount", locale));
        t.put("estimate", messages.getTranslation("workshop.portal.estimate", locale));
        String html = EMBED_PAGE.replace("{{lang}}", locale.getLanguage());
        for (Map.Entry<String, String> e : t.entrySet()) {
            html = html.replace("{{" + e.getKey() + "}}", HtmlUtils.htmlEscape(e.getValue()));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(html);
    }

    /**
     * The embed snippet: {@code <script src="https://<host>/portal/embed.js" data-lang="ro"></script>} puts the
     * look-up form in an auto-sized iframe where the script tag stands.
     */
    @GetMapping(value = "/embed.js", produces = "text/javascript")
    ResponseEntity<String> embedScript() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(EMBED_SCRIPT);
    }

    private static Locale locale(String lang, HttpServletRequest request) {
        return lang != null && !lang.isBlank()
                ? Messages.supported(Locale.forLanguageTag(lang))
                : Messages.supported(request.getLocale());
    }

    private static final String EMBED_PAGE = """
            <!DOCTYPE html>
            <html lang="{{lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:12px;color:#1f2933}
            form{display:flex;gap:8px;flex-wrap:wrap}input{flex:1;min-width:12em;padding:8px;font-size:16px;text-transform:uppercase;border:1px solid #9aa5b1;border-radius:6px}
            button{padding:8px 16px;font-size:16px;border:0;border-radius:6px;background:#1a5fb4;color:#fff;cursor:pointer}
            #result{margin-top:12px}.status{display:inline-block;padding:2px 10px;border-radius:12px;color:#fff;font-weight:600}
            .error{color:#b3261e}dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px}dt{color:#52606d}
            </style></head><body>
            <form id="f"><label for="c" style="width:100%">{{hint}}</label><input id="c" name="code" autocomplete="off" placeholder="{{code}}" maxlength="20" required><button>{{check}}</button></form>
            <div id="result" aria-live="polite"></div>
            <script>
            (function(){var f=document.getElementById('f'),c=document.getElementById('c'),r=document.getElementById('result');
            function esc(s){var d=document.createElement('div');d.textContent=s==null?'':String(s);return d.innerHTML;}
            function size(){if(parent!==window){parent.postMessage({intervoPortalHeight:document.body.scrollHeight},'*');}}
            function show(code){fetch('../portal/api/track/'+encodeURIComponent(code)+'?lang={{lang}}').then(function(x){return x.json().then(function(j){return [x.status,j];});}).then(function(a){
            if(a[0]!==200){r.innerHTML='<p class="error">'+esc(a[1].detail||'{{error}}')+'</p>';size();return;}
            var t=a[1],base='../portal/api/track/'+encodeURIComponent(code);
            r.innerHTML='<p><span class="status" style="background:'+esc(t.colour)+';color:'+esc(t.textColour)+'">'+esc(t.status)+'</span> '+esc(t.number)+'</p>'
            +'<dl><dt>{{device}}</dt><dd>'+esc(t.device)+'</dd>'+(t.amount!=null?'<dt>'+(t.estimate?'{{estimate}}':'{{amount}}')+'</dt><dd>'+esc(t.currency?Number(t.amount).toLocaleString('{{lang}}',{style:'currency',currency:t.currency}):t.amount)+'</dd>':'')
            +'<dt>{{received}}</dt><dd>'+esc(t.receivedOn)+'</dd>'+(t.promisedDate?'<dt>{{promised}}</dt><dd>'+esc(t.promisedDate)+'</dd>':'')+'</dl>'
            +'<p><b>'+esc(t.shopName)+'</b>'+(t.shopPhone?' · '+esc(t.shopPhone):'')+(t.shopEmail?' · '+esc(t.shopEmail):'')+'</p>'
            +'<p><a target="_blank" rel="noopener" href="'+base+'/intake.pdf">{{intake}}</a>'+(t.handoverProtocol?' · <a target="_blank" rel="noopener" href="'+base+'/handover.pdf">{{handover}}</a>':'')+'</p>';size();
            }).catch(function(){r.innerHTML='<p class="error">{{error}}</p>';size();});}
            f.addEventListener('submit',function(e){e.preventDefault();show(c.value.trim());});
            var q=new URLSearchParams(location.search).get('code');if(q){c.value=q;show(q);}size();})();
            </script></body></html>
            """;

    private static final String EMBED_SCRIPT = """
            (function () {
              var script = document.currentScript;
              var base = script.src.replace(/\\/portal\\/embed\\.js.*$/, '');
              var lang = script.getAttribute('data-lang') || '';
              var frame = document.createElement('iframe');
              frame.src = base + '/portal/embed' + (lang ? '?lang=' + encodeURIComponent(lang) : '');
              frame.title = script.getAttribute('data-title') || 'Repair status';
              frame.style.cssText = 'width:100%;max-width:40rem;border:0;height:220px';
              frame.setAttribute('loading', 'lazy');
              window.addEventListener('message', function (e) {
                if (e.source === frame.contentWindow && e.data && e.data.intervoPortalHeight) {
                  frame.style.height = (e.data.intervoPortalHeight + 16) + 'px';
                }
              });
              script.parentNode.insertBefore(frame, script);
            })();
            """;
}
