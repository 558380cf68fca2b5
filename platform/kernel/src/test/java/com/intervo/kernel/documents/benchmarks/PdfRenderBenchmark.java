package com.intervo.kernel.documents.benchmarks;

import com.intervo.kernel.documents.DocumentDefaults;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Not a test: how many one-page intake protocols (the Romanian default, with sample data and QR image) the
 * renderer produces per second, warm. Arguments: seconds (20), threads (2), warm-up seconds (10). Run it as
 * platform/kernel/README.md ("Benchmarks") shows.
 */
public final class PdfRenderBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Locale locale = Locale.forLanguageTag("ro");
        String template = DocumentDefaults.template(DocumentKind.INTAKE_PROTOCOL, locale);
        Map<String, Object> model = DocumentDefaults.sampleModel(DocumentKind.INTAKE_PROTOCOL, locale);
        DocumentRenderer renderer = new DocumentRenderer();
        byte[] sample = renderer.render(template, model, locale);
        Path out = Files.createTempFile("intake-protocol-", ".pdf");
        Files.write(out, sample);
        System.out.printf("one PDF: %d bytes, written to %s%n", sample.length, out);

        run(renderer, template, model, locale, threads, warmup, "warm-up");
        long count = run(renderer, template, model, locale, threads, seconds, "measure");
        System.out.printf("%s, %d threads, %d cores: %d renders in %d s = %.1f renders/s (%.1f ms each per thread)%n",
                Runtime.version(), threads, Runtime.getRuntime().availableProcessors(), count, seconds,
                count / (double) seconds, seconds * 1000.0 * threads / count);
    }

    private static long run(DocumentRenderer renderer, String template, Map<String, Object> model, Locale locale,
                            int threads, int seconds, String phase) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                long n = 0;
                while (!stop.get()) {
                    if (renderer.render(template, model, locale).length < 1000) {
                        throw new IllegalStateException("empty PDF");
                    }
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long total = 0;
        for (Future<Long> f : results) {
            total += f.get();
        }
        pool.shutdown();
        System.out.printf("%s: %d renders in %d s%n", phase, total, seconds);
        return total;
    }
}
