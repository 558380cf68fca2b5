package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.ok;
import static com.intervo.dispatch.DispatchApi.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.files.FileStorage;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;

/**
 * Big photo uploads never hold the database: the picture is decoded outside any transaction and a few at a time,
 * so parallel uploads of 4000×4000 16-bit PNGs leave the shared connection pool to everyone else (another
 * workspace's calls keep answering), and when every decode is taken an upload is answered 429 with Retry-After.
 */
@TenantIntegrationTest
class PhotoUploadLoadIT {

    static final int UPLOADS = 10;
    private static byte[] bigPng;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    FileStorage files;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    DispatchApi api;

    @BeforeEach
    void setUp() {
        api = new DispatchApi(port);
    }

    /** 4000×4000, 16 bits per channel: ~96 MB once decoded, yet small on the wire (a smooth gradient). */
    static synchronized byte[] bigPng() {
        if (bigPng == null) {
            ComponentColorModel model = new ComponentColorModel(
                    ColorSpace.getInstance(ColorSpace.CS_sRGB),
                    false,
                    false,
                    Transparency.OPAQUE,
                    DataBuffer.TYPE_USHORT);
            WritableRaster raster = model.createCompatibleWritableRaster(4000, 4000);
            int[] row = new int[4000 * 3];
            for (int y = 0; y < 4000; y++) {
                for (int x = 0; x < 4000; x++) {
                    row[x * 3] = y * 16;
                    row[x * 3 + 1] = 30_000;
                    row[x * 3 + 2] = (x / 500) * 8000;
                }
                raster.setPixels(0, y, 4000, 1, row);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                assertThat(ImageIO.write(new BufferedImage(model, raster, false, null), "png", out))
                        .isTrue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bigPng = out.toByteArray();
        }
        return bigPng;
    }

    /** A ticket the workspace's technician has arrived at, ready for photos. */
    private JsonNode onSiteTicket(DispatchFixtures.Workspace ws, String technician) {
        String dispatcher = fixtures.token(ws.tenant(), "dispatcher");
        JsonNode t = ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Centrala nu pornește","technicianId":"%s"}""".formatted(
                        ws.customerId(), ws.equipmentId(), ws.technicianId())));
        String id = t.get("summary").get("id").asString();
        t = ok(api.post("/api/v1/dispatch/tickets/" + id + "/accept", technician, "{\"version\":" + version(t) + "}"));
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/en-route", technician, "{\"version\":" + version(t) + "}"));
        return ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/arrived",
                technician,
                "{\"version\":" + version(t) + ",\"latitude\":46.770439,\"longitude\":23.591423}"));
    }

    /** Uploads as a phone does: on 429 it waits as Retry-After says and sends again. */
    private HttpResponse<String> upload(String path, String token, byte[] png) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = api.upload(path, token, "big.png", png, Map.of(), null);
            if (response.statusCode() != 429 || attempt == 20) {
                return response;
            }
            long seconds =
                    Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
            TimeUnit.SECONDS.sleep(Math.min(seconds, 2));
        }
    }

    @Test
    void parallelBigUploadsLeaveThePoolToAnotherWorkspace() throws Exception {
        byte[] png = bigPng();
        DispatchFixtures.Workspace busy = dispatch.workspace();
        String technician = fixtures.token(busy.tenant(), "technician");
        String id = onSiteTicket(busy, technician).get("summary").get("id").asString();
        DispatchFixtures.Workspace other = dispatch.workspace();
        String otherDispatcher = fixtures.token(other.tenant(), "dispatcher");
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger peakActive = new AtomicInteger();
        AtomicInteger peakWaiting = new AtomicInteger();
        List<Integer> otherStatuses = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> otherMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService executor = Executors.newFixedThreadPool(UPLOADS + 2);
        try {
            Future<?> sampler = executor.submit(() -> {
                while (running.get()) {
                    peakActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
                    peakWaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            Future<?> neighbour = executor.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = api.get("/api/v1/dispatch/tickets", otherDispatcher);
                    otherMillis.add((System.nanoTime() - start) / 1_000_000);
                    otherStatuses.add(r.statusCode());
                }
            });
            List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                uploads.add(
                        executor.submit(() -> upload("/api/v1/dispatch/tickets/" + id + "/photos", technician, png)));
            }
            for (Future<HttpResponse<String>> upload : uploads) {
                HttpResponse<String> response = upload.get(5, TimeUnit.MINUTES);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            }
            running.set(false);
            sampler.get(10, TimeUnit.SECONDS);
            neighbour.get(40, TimeUnit.SECONDS);
        } finally {
            running.set(false);
            executor.shutdownNow();
        }

        // every photo arrived, with its thumbnail
        JsonNode ticket = ok(api.get("/api/v1/dispatch/tickets/" + id, technician));
        assertThat(ticket.get("photos")).hasSize(UPLOADS);
        // the other workspace was served all along, never waiting for a connection
        assertThat(otherStatuses).isNotEmpty().containsOnly(200);
        assertThat(otherMillis).allSatisfy(ms -> assertThat(ms).isLessThan(10_000));
        assertThat(peakWaiting.get()).isZero();
        // uploads held connections only to attach their photo, never all at once while decoding
        assertThat(peakActive.get()).isLessThan(UPLOADS);
    }

    @Test
    void whenEveryDecodeIsTakenAnUploadIsAnswered429WithRetryAfterAndNothingIsStored() throws Exception {
        DispatchFixtures.Workspace ws = dispatch.workspace();
        String technician = fixtures.token(ws.tenant(), "technician");
        String id = onSiteTicket(ws, technician).get("summary").get("id").asString();
        String path = "/api/v1/dispatch/tickets/" + id + "/photos";
        Semaphore decodes =
                (Semaphore) ReflectionTestUtils.getField((Object) AopTestUtils.getTargetObject(files), "decodes");
        int taken = decodes.drainPermits();
        assertThat(taken).isPositive();
        HttpResponse<String> refused;
        try {
            refused = api.upload(path, technician, "boiler.jpg", DispatchFixtures.jpeg(800, 600), Map.of(), null);
        } finally {
            decodes.release(taken);
        }
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = DispatchApi.json(refused);
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(ok(api.get("/api/v1/dispatch/tickets/" + id, technician)).get("photos"))
                .isEmpty();

        // with a decode free again, the same upload goes through
        HttpResponse<String> accepted =
                api.upload(path, technician, "boiler.jpg", DispatchFixtures.jpeg(800, 600), Map.of(), null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(DispatchApi.json(accepted).get("photos")).hasSize(1);
    }
}
