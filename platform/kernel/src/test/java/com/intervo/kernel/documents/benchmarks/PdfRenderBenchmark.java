package com.intervo.kernel.documents.benchmarks;

import com.intervo.kernel.documents.DocumentDefaults;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentKindDefinition;
import com.intervo.kernel.documents.DocumentRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.concurrent.atomic.AtomicLong;

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
        // a copy of the workshop's Romanian intake protocol in this module's test resources
        DocumentKindDefinition intake = DocumentKindDefinition.of(
                        DocumentKind.of("INTAKE_PROTOCOL"), "-", "documents/benchmark", "PP", 0)
                .withSample((m, lang) -> m.put("trackingQr", DocumentDefaults.sampleQrCode()));
        String template = DocumentDefaults.template(intake, locale);
        Map<String, Object> model = DocumentDefaults.sampleModel(intake, locale);
        DocumentRenderer renderer = new DocumentRenderer();
        byte[] sample = renderer.render(template, model, locale);
        Path out = Files.createTempFile("intake-protocol-", ".pdf");
        Files.write(out, sample);
        System.out.printf("one PDF: %d bytes, written to %s%n", sample.length, out);

        run(renderer, template, model, locale, threads, warmup, "warm-up");
        CPU_NANOS.set(0);
        long count = run(renderer, template, model, locale, threads, seconds, "measure");
        double cpuMs = CPU_NANOS.get() / 1e6 / count;
        System.out.printf(
                "%s, %d threads, %d cores, load average %.1f: %d renders in %d s = %.1f renders/s%n",
                Runtime.version(),
                threads,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                count,
                seconds,
                count / (double) seconds);
        // wall-clock throughput suffers when other processes share the cores; CPU time per render does not
        System.out.printf(
                "CPU time per render %.1f ms = %.1f renders/s per idle core, %.1f on %d idle cores%n",
                cpuMs, 1000 / cpuMs, threads * 1000 / cpuMs, threads);
    }

    private static final AtomicLong CPU_NANOS = new AtomicLong();

    private static long run(
            DocumentRenderer renderer,
            String template,
            Map<String, Object> model,
            Locale locale,
            int threads,
            int seconds,
            String phase)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                long n = 0;
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                long start = cpu.getCurrentThreadCpuTime();
                while (!stop.get()) {
                    if (renderer.render(template, model, locale).length < 1000) {
                        throw new IllegalStateException("empty PDF");
                    }
                    n++;
                }
                CPU_NANOS.addAndGet(cpu.getCurrentThreadCpuTime() - start);
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
