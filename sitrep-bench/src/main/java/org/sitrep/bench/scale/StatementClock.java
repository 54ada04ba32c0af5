package org.sitrep.bench.scale;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wraps a connection so that every prepared statement's execution time is added up under the statement's label:
 * its first line (the figure statements open with a comment naming what they count). Works with any figure engine,
 * so the same breakdown can be taken of an older build.
 */
final class StatementClock {

    /** Total seconds and executions of one statement. */
    record Tally(double seconds, int executions) {}

    private final Map<String, Tally> tallies = new TreeMap<>();

    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = invoke(method, connection, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return timed(statement, label((String) args[0]));
            }
            return result;
        });
    }

    /** The tallies so far, by label, and forgets them. */
    Map<String, Tally> drain() {
        Map<String, Tally> copy = new TreeMap<>(tallies);
        tallies.clear();
        return copy;
    }

    private PreparedStatement timed(PreparedStatement statement, String label) {
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return invoke(method, statement, args);
            }
            long start = System.nanoTime();
            Object result = invoke(method, statement, args);
            double seconds = (System.nanoTime() - start) / 1e9;
            tallies.merge(
                    label,
                    new Tally(seconds, 1),
                    (a, b) -> new Tally(a.seconds() + b.seconds(), a.executions() + b.executions()));
            return result;
        });
    }

    private static String label(String sql) {
        String first = sql.strip().lines().findFirst().orElse("");
        first = first.startsWith("--") ? first.substring(2).strip() : first;
        return first.length() > 70 ? first.substring(0, 70) : first;
    }

    private interface Call {
        Object call(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (self, method, args) -> call.call(method, args);
        return type.cast(Proxy.newProxyInstance(StatementClock.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
