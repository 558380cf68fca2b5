package com.intervo.benchmarks;

import com.intervo.kernel.tenancy.TenantMigrator;
import java.util.ArrayList;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the {@link TenantMigrator} bean in a class proxy that records how long each {@code migrate(TenantId)}
 * took, so provisioning can be split into "Liquibase" and "the rest" and the start-up check can be reported per
 * tenant. The proxy adds a method call and a {@code System.nanoTime()} pair: nothing measurable.
 */
final class MigrationTimer implements BeanPostProcessor {

    private static final List<Long> DURATIONS = new ArrayList<>();

    /** Nanoseconds of every migrate() since the last call, in call order. */
    static synchronized List<Long> drain() {
        List<Long> copy = List.copyOf(DURATIONS);
        DURATIONS.clear();
        return copy;
    }

    private static synchronized void record(long nanos) {
        DURATIONS.add(nanos);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof TenantMigrator)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            if (!"migrate".equals(invocation.getMethod().getName())) {
                return invocation.proceed();
            }
            long started = System.nanoTime();
            try {
                return invocation.proceed();
            } finally {
                record(System.nanoTime() - started);
            }
        });
        return factory.getProxy(bean.getClass().getClassLoader());
    }
}
