package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Kubernetes label selector (matchLabels and matchExpressions); an empty selector matches everything. */
record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions) {

    /** One matchExpressions entry. */
    record Requirement(String key, String operator, List<String> values) {

        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("Unknown selector operator " + operator);
            };
        }
    }

    static LabelSelector parse(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.path("matchLabels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        List<Requirement> expressions = new ArrayList<>();
        for (JsonNode expression : node.path("matchExpressions")) {
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            expressions.add(new Requirement(expression.path("key").asText(), expression.path("operator").asText(), values));
        }
        return new LabelSelector(labels, expressions);
    }

    boolean matches(Map<String, String> labels) {
        return matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))
                && expressions.stream().allMatch(r -> r.matches(labels));
    }
}
