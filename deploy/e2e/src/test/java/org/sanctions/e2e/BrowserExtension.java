package org.sanctions.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A fresh {@link Browser} per test. A failing test leaves a screenshot (target/screenshots/FAILED-...png); every
 * test's browser console is saved under target/e2e/, and a Content-Security-Policy violation or an uncaught script
 * error fails the test, since either means the UI is broken in a way the assertions may not see.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent("browser", key -> Browser.open(), Browser.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser browser = context.getStore(NAMESPACE).get("browser", Browser.class);
        if (browser != null) {
            try {
                browser.screenshot("FAILED-" + name(context));
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser == null) {
            return;
        }
        try {
            List<String> console = browser.console();
            save(name(context), console);
            List<String> violations = console.stream()
                    .filter(line -> line.contains("Content Security Policy") || line.contains("Uncaught")).toList();
            if (!violations.isEmpty() && context.getExecutionException().isEmpty()) {
                throw new AssertionError("the browser console reports CSP violations or script errors: " + violations);
            }
        } finally {
            browser.close();
        }
    }

    private static String name(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    }

    private static void save(String name, List<String> console) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "e2e"));
            Files.write(dir.resolve(name + "-console.log"), console);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the browser console", e);
        }
    }
}
