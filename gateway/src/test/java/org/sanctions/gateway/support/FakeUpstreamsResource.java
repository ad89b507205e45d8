package org.sanctions.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Starts a fake registry and a fake lookup service ({@link FakeUpstream}) and points the gateway at them; each
 * serves a small OpenAPI document of its own from src/test/resources/fake.
 */
public class FakeUpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private FakeUpstream registry;
    private FakeUpstream lookup;

    @Override
    public Map<String, String> start() {
        registry = FakeUpstream.start("registry", fixture("fake/registry-openapi.json"));
        lookup = FakeUpstream.start("lookup", fixture("fake/lookup-openapi.json"));
        return Map.of("gateway.upstream.registry-url", registry.url(),
                "gateway.upstream.lookup-url", lookup.url());
    }

    @Override
    public void stop() {
        if (registry != null) {
            registry.close();
        }
        if (lookup != null) {
            lookup.close();
        }
    }

    private static String fixture(String name) {
        try (InputStream in = FakeUpstreamsResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
