package org.lastrada.portal.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The SQL statements, with their bound parameters, that the current thread prepares through the application's
 * DataSource while a piece of work runs: a test can then EXPLAIN exactly what the code under test sent, whether it
 * went through Hibernate or plain JDBC. The DataSource is wrapped by {@link #recordingDataSource()}, a bean the test
 * imports. Shared by the modules' tests through this test-jar.
 */
public final class ExecutedStatements {

    /** One prepared statement and the parameter setters called on it, in order. */
    public record Statement(String sql, List<Binding> bindings) {

        /** Prepares {@code prefix + sql} (e.g. "explain ") on the connection with the same parameters bound. */
        public PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(prefix + sql);
            for (Binding binding : bindings) {
                invoke(statement, binding.setter(), binding.arguments());
            }
            return statement;
        }

        @Override
        public String toString() {
            return sql + " with " + bindings.stream().map(binding -> Arrays.toString(binding.arguments())).toList();
        }
    }

    /** A setter such as {@code setString(1, "SUBMITTED")}. */
    public record Binding(Method setter, Object[] arguments) {
    }

    private static final ThreadLocal<List<Statement>> RECORDED = new ThreadLocal<>();

    private ExecutedStatements() {
    }

    /** Runs the work and returns the statements this thread prepared meanwhile. */
    public static List<Statement> during(Runnable work) {
        List<Statement> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            work.run();
        } finally {
            RECORDED.remove();
        }
        return List.copyOf(statements);
    }

    /** Wraps the application's DataSource so that its connections record what they prepare. */
    public static BeanPostProcessor recordingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof RecordingDataSource) ? new RecordingDataSource(dataSource) : bean;
            }
        };
    }

    private static final class RecordingDataSource extends DelegatingDataSource {

        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(super.getConnection(username, password));
        }
    }

    private static Connection recording(Connection connection) {
        return proxy(Connection.class, (proxy, method, arguments) -> {
            Object result = invoke(connection, method, arguments);
            List<Statement> statements = RECORDED.get();
            if (statements != null && method.getName().equals("prepareStatement") && result instanceof PreparedStatement prepared) {
                Statement statement = new Statement((String) arguments[0], new ArrayList<>());
                statements.add(statement);
                return recording(prepared, statement.bindings());
            }
            return result;
        });
    }

    private static PreparedStatement recording(PreparedStatement statement, List<Binding> bindings) {
        return proxy(PreparedStatement.class, (proxy, method, arguments) -> {
            if (method.getName().startsWith("set") && method.getParameterCount() >= 2 && method.getParameterTypes()[0] == int.class) {
                bindings.add(new Binding(method, arguments.clone()));
            }
            return invoke(statement, method, arguments);
        });
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(ExecutedStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws SQLException {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sqlException) {
                throw sqlException;
            }
            if (e.getCause() instanceof RuntimeException runtimeException) {
                throw runtimeException;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
