package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Containers and images of a rendered overlay, including the images the operators run for PostgreSQL and Keycloak. */
final class Workloads {

    private Workloads() {
    }

    /** A container of a Deployment, with the pod spec it runs in. */
    record Container(String deployment, JsonNode pod, JsonNode container) {

        @Override
        public String toString() {
            return deployment + "/" + container.path("name").asText();
        }
    }

    static List<Container> containers(Manifests manifests) {
        List<Container> all = new ArrayList<>();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            Stream.concat(pod.path("initContainers").valueStream(), pod.path("containers").valueStream())
                    .forEach(c -> all.add(new Container(Manifests.name(deployment), pod, c)));
        }
        return all;
    }

    /** "owner: image" for every image the overlay makes the cluster run. */
    static List<String> images(Manifests manifests) {
        List<String> images = new ArrayList<>();
        containers(manifests).forEach(c -> images.add(c + ": " + c.container().path("image").asText()));
        manifests.ofKind("Cluster").forEach(c -> images.add(Manifests.name(c) + ": " + c.at("/spec/imageName").asText()));
        manifests.ofKind("Keycloak").forEach(k -> images.add(Manifests.name(k) + ": " + k.at("/spec/image").asText()));
        return images;
    }

    /** The tag of an image reference, or "" when it has none (a registry port is not a tag). */
    static String tag(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(colon + 1) : "";
    }
}
