package com.intervo.dispatch.jobs;

import com.intervo.dispatch.IdempotentCalls;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Once an hour, in every tenant licensed for Dispatch: stored API answers older than a week go. Safe on all replicas. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurgeJob.class);

    private final Licenses licenses;
    private final IdempotentCalls calls;

    IdempotencyPurgeJob(Licenses licenses, IdempotentCalls calls) {
        this.licenses = licenses;
        this.calls = calls;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void purge() {
        int[] removed = {0};
        licenses.forEachLicensedTenant(ModuleKey.DISPATCH, tenant -> removed[0] += calls.purge());
        if (removed[0] > 0) {
            log.info("Forgot {} stored API answers older than {}", removed[0], IdempotentCalls.KEEP);
        }
    }
}
