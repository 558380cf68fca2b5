package com.intervo.testsupport;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements each HTTP request runs, so a test can hold an endpoint to its budget: every
 * connection of the application's {@link DataSource} is wrapped, every statement execution on a request's thread
 * is counted (an execution, not a preparation: a batch counts once), and the filter records the count when the
 * request ends. Statements on other threads (jobs, the outbox worker) are not attributed to any request.
 * {@link #onThisThread} counts a piece of work run on the test's own thread the same way (a browserless view's
 * render, a service call), and also the result rows it read.
 */
public final class StatementCounts {

    /**
     * One finished request: method, path (without the query), statements executed, connections taken, connections
     * taken for nothing (no statement but the workspace's schema being set and reset: a transaction around work that
     * needed no database), and the SQL of the statements (in order; a statement executed twice appears twice), to
     * explain a budget that breaks.
     */
    public record Request(
            String method, String path, int statements, int connections, int idleConnections, List<String> sql) {

        /**
         * The statements of the call itself: without the token's last-use time, which the first call of a minute
         * writes whatever the call is.
         */
        public long work() {
            return sql.stream()
                    .filter(s -> !s.startsWith("update platform.api_token set last_used_at"))
                    .count();
        }

        @Override
        public String toString() {
            return method + " " + path + ": " + statements + " statements, " + connections + " connections ("
                    + idleConnections + " for nothing)\n  "
                    + String.join("\n  ", sql);
        }
    }

    /**
     * What a piece of work on one thread ran: statements executed, connections taken, result rows read (every row a
     * result set moved to, whoever read it: the ORM or plain JDBC), and the SQL in order.
     */
    public record Work(int statements, int connections, long rows, List<String> sql) {

        @Override
        public String toString() {
            return statements + " statements, " + connections + " connections, " + rows + " rows\n  "
                    + String.join("\n  ", sql);
        }
    }

    private static final class Counter {
        int statements;
        int connections;
        int idleConnections;
        /** Counted only for {@link #onThisThread}: the requests' filter leaves result sets unwrapped. */
        final boolean countRows;

        long rows;
        final List<String> sql = new ArrayList<>();

        Counter(boolean countRows) {
            this.countRows = countRows;
        }
    }

    private static final ThreadLocal<Counter> CURRENT = new ThreadLocal<>();
    private static final ConcurrentLinkedDeque<Request> RECORDED = new ConcurrentLinkedDeque<>();
    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private StatementCounts() {}

    /**
     * The last finished request with this method and path, waiting up to two seconds for it (the answer can reach
     * the client a moment before the filter records the count).
     */
    public static Request last(String method, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
        while (true) {
            for (Iterator<Request> i = RECORDED.descendingIterator(); i.hasNext(); ) {
                Request r = i.next();
                if (r.method().equals(method) && r.path().equals(path)) {
                    return r;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no request " + method + " " + path + " recorded; last: " + recent());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The last finished request, whatever it was. */
    public static Request lastAny() {
        return RECORDED.peekLast();
    }

    /**
     * Runs the work on this thread and counts what it ran against the application's data source, with the same
     * wrapper as the requests' count (statements on other threads are not counted). A count already running on this
     * thread (a request's) does not see the work's statements, and resumes afterwards.
     */
    public static Work onThisThread(Runnable work) {
        Counter previous = CURRENT.get();
        Counter counter = new Counter(true);
        CURRENT.set(counter);
        try {
            work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
        return new Work(counter.statements, counter.connections, counter.rows, List.copyOf(counter.sql));
    }

    /** Forgets what was recorded, so {@link #last} cannot return an earlier test's request. */
    public static void clear() {
        RECORDED.clear();
    }

    private static List<Request> recent() {
        List<Request> all = new ArrayList<>(RECORDED);
        return all.subList(Math.max(0, all.size() - 5), all.size());
    }

    private static void countConnection() {
        Counter counter = CURRENT.get();
        if (counter != null) {
            counter.connections++;
        }
    }

    private static void countStatement(String sql) {
        Counter counter = CURRENT.get();
        if (counter != null) {
            counter.statements++;
            counter.sql.add(sql == null ? "?" : sql.replaceAll("\\s+", " ").strip());
        }
    }

    /** Wraps the application's data source and registers the recording filter. */
    @Configuration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
                        return proxy(DataSource.class, dataSource, (target, method, args) -> {
                            Object result = invoke(target, method, args);
                            if (result instanceof Connection connection) {
                                countConnection();
                                int[] work = {0};
                                return proxy(Connection.class, connection, (t, m, a) -> connectionCall(t, m, a, work));
                            }
                            return result;
                        });
                    }
                    return bean;
                }
            };
        }

        @Bean
        FilterRegistrationBean<Filter> statementCountingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
                @Override
                public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                        throws IOException, ServletException {
                    Counter counter = new Counter(false);
                    CURRENT.set(counter);
                    try {
                        chain.doFilter(request, response);
                    } finally {
                        CURRENT.remove();
                        HttpServletRequest http = (HttpServletRequest) request;
                        RECORDED.add(new Request(
                                http.getMethod(),
                                http.getRequestURI(),
                                counter.statements,
                                counter.connections,
                                counter.idleConnections,
                                List.copyOf(counter.sql)));
                        while (RECORDED.size() > 1000) {
                            RECORDED.pollFirst();
                        }
                    }
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }

    /** {@code work} counts the connection's statements other than setting its schema. */
    private static Object connectionCall(Object target, Method method, Object[] args, int[] work) throws Throwable {
        if (method.getName().equals("close") && work[0] == 0) {
            Counter counter = CURRENT.get();
            if (counter != null) {
                counter.idleConnections++;
            }
            work[0] = -1; // a second close is not counted again
        }
        Object result = invoke(target, method, args);
        String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
        if (result instanceof CallableStatement s) {
            return proxy(CallableStatement.class, s, (t, m, a) -> statementCall(t, m, a, prepared, work));
        }
        if (result instanceof PreparedStatement s) {
            return proxy(PreparedStatement.class, s, (t, m, a) -> statementCall(t, m, a, prepared, work));
        }
        if (result instanceof Statement s) {
            return proxy(Statement.class, s, (t, m, a) -> statementCall(t, m, a, null, work));
        }
        return result;
    }

    private static Object statementCall(Object target, Method method, Object[] args, String prepared, int[] work)
            throws Throwable {
        if (EXECUTIONS.contains(method.getName())) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
            countStatement(sql);
            if (sql == null || !sql.startsWith("select set_config('search_path'")) {
                work[0]++;
            }
        }
        Object result = invoke(target, method, args);
        Counter counter = CURRENT.get();
        if (counter != null && counter.countRows && result instanceof ResultSet rows) {
            return proxy(ResultSet.class, rows, (t, m, a) -> {
                Object moved = invoke(t, m, a);
                if (m.getName().equals("next") && Boolean.TRUE.equals(moved)) {
                    counter.rows++;
                }
                return moved;
            });
        }
        return result;
    }

    private interface Call {
        Object invoke(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> {
            // identity, as for the pool's own connections (the tenancy provider keeps connections in a set)
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return p == args[0];
            }
            if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(p);
            }
            if (method.getName().equals("unwrap") && args.length == 1 && ((Class<?>) args[0]).isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor")
                    && args.length == 1
                    && ((Class<?>) args[0]).isInstance(target)) {
                return true;
            }
            return call.invoke(target, method, args);
        };
        return type.cast(
                Proxy.newProxyInstance(StatementCounts.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
