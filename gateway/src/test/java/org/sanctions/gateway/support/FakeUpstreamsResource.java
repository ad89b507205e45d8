package org.sanctions.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Starts a fake registry and a fake lookup service ({@link FakeUpstream}) and points the gateway at them; each
 * serves a small OpenAPI document of its own from src/test/resources/fake. With the init argument
 * {@code lookup=down} the lookup service is a port where nothing listens.
 */
public class FakeUpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private FakeUpstream registry;
    private FakeUpstream lookup;
    private boolean lookupDown;

    @Override
    public void init(Map<String, String> initArgs) {
        lookupDown = "down".equals(initArgs.get("lookup"));
    }

    @Override
    public Map<String, String> start() {
        registry = FakeUpstream.start("registry", fixture("fake/registry-openapi.json"));
        String lookupUrl;
        if (lookupDown) {
            lookupUrl = "http://127.0.0.1:" + unusedPort();
        } else {
            lookup = FakeUpstream.start("lookup", fixture("fake/lookup-openapi.json"));
            lookupUrl = lookup.url();
        }
        return Map.of("gateway.upstream.registry-url", registry.url(), "gateway.upstream.lookup-url", lookupUrl);
    }

    /** A port that was free a moment ago, now closed again: connections to it are refused. */
    public static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
