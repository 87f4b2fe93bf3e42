package io.rasmi.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Keeps the servers of the kit at one per JVM, whichever class loader asks.
 * <p>
 * Quarkus loads the test classes, and the test resources with them, in class loaders of its own, and a new one
 * after a restart (another test profile, say). A plain static field would then hold one PostgreSQL server and one
 * Kafka broker per class loader, and {@code KafkaBroker.stop()} called from a test might reach a copy that never
 * started anything. So every entry point of {@link PostgresServer} and {@link KafkaBroker} forwards to the copy of
 * its class in the system class loader, which outlives all of Quarkus' loaders; only JDK types cross over. Where
 * the system class loader does not see the kit (continuous testing in dev mode, say), the local copy is the one.
 */
final class JvmWide {

    private JvmWide() {
    }

    /** The copy of {@code local} that owns the state, or {@code null} when {@code local} is that copy. */
    static Class<?> ownerOf(Class<?> local) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (local.getClassLoader() == system) {
            return null;
        }
        try {
            Class<?> candidate = Class.forName(local.getName(), true, system);
            return candidate == local ? null : candidate;
        } catch (ClassNotFoundException | LinkageError notVisible) {
            return null;
        }
    }

    /**
     * Calls the static method {@code name} of {@code owner}; its arguments and result must be JDK types. The
     * owner's class loader is the context class loader meanwhile: Kafka's clients, for one, load the classes named
     * in their configuration through it, and would otherwise mix copies from two loaders.
     */
    static Object call(Class<?> owner, String name, Class<?>[] parameterTypes, Object... arguments) {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try {
            Method method = owner.getDeclaredMethod(name, parameterTypes);
            method.setAccessible(true);
            thread.setContextClassLoader(owner.getClassLoader());
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot reach " + owner.getName() + "." + name + " in the system class loader", e);
        } finally {
            thread.setContextClassLoader(context);
        }
    }
}
