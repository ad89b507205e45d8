package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The judgement of every hostile request: no 5xx, always an answer, every refusal a problem document, nothing stored
 * by a refusal; accepted hostile text must be stored as sent. Keeps the counts the notes report.
 */
final class Verdicts {

    /** What came back for one attack, from the HTTP client or a raw socket. */
    record Outcome(int status, String contentType, String body, String failure, long millis) {
    }

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> defects = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int requests;
    private int serverErrors;

    /** Judges one answer; {@code before}/{@code after} are the row counts around it. */
    void judge(String op, Attack attack, Outcome o, Map<String, Long> before, Map<String, Long> after) {
        requests++;
        statuses.merge(o.status(), 1, Integer::sum);
        String what = op + " [" + attack.label() + "]";
        if (o.failure() != null) {
            defects.add("no answer: " + what + ": " + o.failure() + " after " + o.millis() + " ms");
            return;
        }
        if (o.status() >= 500) {
            serverErrors++;
            defects.add(o.status() + ": " + what + ": " + abbreviate(o.body()));
        } else if (o.status() >= 400) {
            Problems.defect(o.status(), o.contentType(), o.body())
                    .ifPresent(d -> defects.add("refusal " + o.status() + " not a problem document (" + d + "): " + what
                            + ": " + abbreviate(o.body())));
            if (!Objects.equals(before, after)) {
                defects.add("refused with " + o.status() + " but stored something: " + what + ": " + diff(before, after));
            }
        } else if (o.status() >= 200 && o.status() < 300) {
            accepted.add(what + " -> " + o.status());
            checkStoredVerbatim(what, attack, o);
        } else {
            defects.add("unexpected status " + o.status() + ": " + what);
        }
        if (o.millis() > 10_000) {
            notes.add("slow (" + o.millis() + " ms): " + what + " -> " + o.status());
        }
    }

    /** A hostile string accepted into a field must come back exactly as sent (it is data, never code). */
    private void checkStoredVerbatim(String what, Attack attack, Outcome o) {
        if (attack.pointer() == null || attack.sent() == null || !attack.sent().isTextual()) {
            return;
        }
        try {
            JsonNode stored = Http.JSON.readTree(o.body()).at(attack.pointer());
            if (stored.isTextual() && !stored.asText().equals(attack.sent().asText())) {
                notes.add("accepted but stored differently: " + what + ": sent "
                        + AttackPlan.abbreviate(attack.sent().asText()) + ", got " + AttackPlan.abbreviate(stored.asText()));
            }
        } catch (java.io.IOException notJson) {
            // nothing to compare with
        }
    }

    void defect(String text) {
        defects.add(text);
    }

    void note(String text) {
        notes.add(text);
    }

    int requests() {
        return requests;
    }

    int serverErrors() {
        return serverErrors;
    }

    List<String> defects() {
        return defects;
    }

    List<String> accepted() {
        return accepted;
    }

    List<String> notes() {
        return notes;
    }

    Map<Integer, Integer> statuses() {
        return statuses;
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder d = new StringBuilder();
        after.forEach((table, n) -> {
            long was = before.getOrDefault(table, 0L);
            if (was != n) {
                d.append(table).append(' ').append(was).append("->").append(n).append(' ');
            }
        });
        return d.toString().trim();
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replace('\n', ' ');
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
