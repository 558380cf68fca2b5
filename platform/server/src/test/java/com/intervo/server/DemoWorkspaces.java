package com.intervo.server;

import com.intervo.kernel.tenancy.TenantId;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * A test's own copy of a demo workspace, seeded by the product's demo data under a fresh key, so that no test
 * changes (or depends on what other tests did to) the shared "demo" and "acme" workspaces.
 */
@Component
public class DemoWorkspaces {

    /** The demo users' password, in the copies as in the originals. */
    public static final String PASSWORD = DemoData.PASSWORD;

    private final DemoData demoData;

    DemoWorkspaces(DemoData demoData) {
        this.demoData = demoData;
    }

    /** Like "demo": every module, a Romanian boiler service with tickets and service sheets, five users. */
    public TenantId likeDemo() {
        return create("demo");
    }

    /** Like "acme": Workshop Simple only, a Czech repair shop with service sheets, four users. */
    public TenantId likeAcme() {
        return create("acme");
    }

    private TenantId create(String template) {
        TenantId id = new TenantId(
                template.charAt(0) + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36));
        demoData.createLike(template, id);
        return id;
    }
}
