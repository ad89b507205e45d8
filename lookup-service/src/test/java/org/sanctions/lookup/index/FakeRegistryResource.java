package org.sanctions.lookup.index;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the fake registry with a few real listed parties and points the service at it. */
public class FakeRegistryResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        FakeRegistry registry = FakeRegistry.get();
        TestParties.seed(registry);
        return Map.of("lookup.registry.url", "http://127.0.0.1:" + registry.port());
    }

    @Override
    public void stop() {
        // the server lives for the whole test JVM
    }
}
