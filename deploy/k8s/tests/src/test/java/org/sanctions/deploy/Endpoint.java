package org.sanctions.deploy;

import java.util.Map;

/**
 * One end of a connection: a pod (namespace, its labels, the namespace's labels, named ports) or, with
 * {@code labels == null}, an address outside the cluster.
 */
record Endpoint(String description, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts,
        String ip) {

    static Endpoint pod(String description, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts) {
        return new Endpoint(description, namespace, labels, namedPorts, "10.244." + (Math.abs(description.hashCode()) % 250) + ".7");
    }

    static Endpoint outsideCluster(String description, String ip) {
        return new Endpoint(description, null, null, Map.of(), ip);
    }

    boolean isPod() {
        return labels != null;
    }

    /** Namespaces carry their name as a label, which namespaceSelectors use. */
    Map<String, String> namespaceLabels() {
        return Map.of("kubernetes.io/metadata.name", namespace);
    }

    @Override
    public String toString() {
        return description;
    }
}
