package org.sanctions.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders an overlay with the real `kubectl kustomize`, once per overlay and test run. */
final class Kustomize {

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Manifests overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> Manifests.parse(render(ProjectFiles.resolve("deploy/k8s/overlays/" + n))));
    }

    static String render(Path dir) {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is not on the PATH, so the Kustomize overlays cannot be rendered. Install "
                    + "kubectl (it bundles Kustomize v5) and run the build again. Cause: " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            throw new AssertionError("kubectl kustomize " + dir + " did not finish: " + e, e);
        }
    }
}
