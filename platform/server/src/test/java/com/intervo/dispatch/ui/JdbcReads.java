package com.intervo.dispatch.ui;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the JDBC statements a thread prepares and the rows it reads from their results, while it asks to be counted
 * ({@link #start()} … {@link #stop()}): what a screen really reads from the database, ORM and plain SQL alike. The
 * application's data source is wrapped once for the shared test context; other threads are never counted.
 */
@Component
class JdbcReads implements BeanPostProcessor {

    /** What the counted thread did: statements prepared, result rows read. */
    record Tally(int statements, long rows) {}

    private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

    static void start() {
        COUNTING.set(new long[2]);
    }

    static Tally stop() {
        long[] c = COUNTING.get();
        COUNTING.remove();
        return c == null ? new Tally(0, 0) : new Tally((int) c[0], c[1]);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    return wrap(super.getConnection(), Connection.class);
                }

                @Override
                public Connection getConnection(String username, String password) throws SQLException {
                    return wrap(super.getConnection(username, password), Connection.class);
                }
            };
        }
        return bean;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {}
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            long[] counts = COUNTING.get();
            if (result instanceof Statement statement && type == Connection.class) {
                if (counts != null) {
                    counts[0]++;
                }
                Class<? extends Statement> kind = statement instanceof CallableStatement
                        ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return wrap(statement, (Class<Statement>) kind);
            }
            if (result instanceof ResultSet rows && Statement.class.isAssignableFrom(type)) {
                return wrap(rows, ResultSet.class);
            }
            if (type == ResultSet.class && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                if (counts != null) {
                    counts[1]++;
                }
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(JdbcReads.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
