package org.sanctions.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@link RunningSystem}: started once for the whole test run (kept in the root store, closed by JUnit
 * when the run ends). A failed start is remembered, so that later tests fail at once with the same cause.
 */
public class SystemExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SystemExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("system", key -> Attempt.start(), Attempt.class).get();
    }

    /** The outcome of starting the system once. */
    private record Attempt(RunningSystem system, RuntimeException failure) implements AutoCloseable {

        static Attempt start() {
            try {
                return new Attempt(RunningSystem.start(), null);
            } catch (RuntimeException e) {
                return new Attempt(null, e);
            }
        }

        RunningSystem get() {
            if (failure != null) {
                throw new IllegalStateException("the system under test did not start: " + failure.getMessage(), failure);
            }
            return system;
        }

        @Override
        public void close() {
            if (system != null) {
                system.close();
            }
        }
    }
}
