package org.sanctions.lookup.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Renders the validation report as one self-contained HTML page (tables and an inline SVG chart, no scripts). */
final class ReportHtml {

    record Header(String engineVersion, String configHash, double threshold, String generatedAt, int parties,
            int names, double loadAverage) {
    }

    record Miss(Outcomes.Outcome outcome, String explanation) {
    }

    private final Header header;
    private final List<Outcomes.Outcome> positives;
    private final List<Outcomes.Outcome> innocents;
    private final List<Outcomes.Outcome> innocentsNameOnly;
    private final List<Miss> misses;
    private final StringBuilder html = new StringBuilder();

    ReportHtml(Header header, List<Outcomes.Outcome> positives, List<Outcomes.Outcome> innocents,
            List<Outcomes.Outcome> innocentsNameOnly, List<Miss> misses) {
        this.header = header;
        this.positives = positives;
        this.innocents = innocents;
        this.innocentsNameOnly = innocentsNameOnly;
        this.misses = misses;
    }

    String render() {
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Screening engine"
                + " validation report</title><style>body{font-family:sans-serif;margin:2em;max-width:75em}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.2em .6em;"
                + "text-align:right}td:first-child,th:first-child{text-align:left}.l{text-align:left}</style></head>"
                + "<body><h1>Screening engine validation report</h1>");
        html.append(String.format("<p>Engine <b>%s</b>, configuration hash <b>%s</b> (scoring weights and word"
                + " lists), default threshold <b>%.2f</b>. Generated %s on %,d parties / %,d names (OFAC SDN 2024-05"
                + " with ALT aliases, UN SC consolidated), machine load average %.1f. About 30%% of every labelled"
                + " set is held out by a hash of set and name and was never used for tuning.</p>",
                esc(header.engineVersion()), esc(header.configHash()), header.threshold(), esc(header.generatedAt()),
                header.parties(), header.names(), header.loadAverage()));
        recallTable("Recall@10 at the threshold per variant class (labelled set)", o -> o.query().set());
        recallTable("Recall@10 per script of the query", o -> script(o.query().name()));
        recallTable("Recall@10 per entity type", o -> o.query().kind() == null ? "unknown" : o.query().kind().name());
        alertTable();
        html.append("<h2>Threshold curve</h2><p>Recall@10 of all positives (left axis) and share of innocent names"
                + " alerting on the name alone (right axis, 0-10%) against the threshold.</p>");
        html.append(ThresholdChart.svg(positives, innocentsNameOnly, header.threshold()));
        missTable();
        return html.append("</body></html>").toString();
    }

    private void recallTable(String title, Function<Outcomes.Outcome, String> key) {
        html.append("<h2>").append(esc(title)).append("</h2><table><tr><th>class</th><th>tuning n</th>"
                + "<th>tuning recall</th><th>held-out n</th><th>held-out recall</th></tr>");
        Map<String, List<Outcomes.Outcome>> groups = positives.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        groups.put("ALL", positives);
        groups.forEach((k, list) -> html.append(String.format("<tr><td>%s</td>%s%s</tr>", esc(k),
                recallCells(list, o -> !o.query().heldOut()), recallCells(list, o -> o.query().heldOut()))));
        html.append("</table>");
    }

    private String recallCells(List<Outcomes.Outcome> list, Predicate<Outcomes.Outcome> split) {
        List<Outcomes.Outcome> in = list.stream().filter(split).toList();
        return String.format("<td>%d</td><td>%s</td>", in.size(), in.isEmpty() ? "-"
                : String.format("%.3f", ThresholdChart.recall(in, header.threshold())));
    }

    private void alertTable() {
        html.append("<h2>Alert rate on innocent names at the threshold</h2><table><tr><th>set</th><th>split</th>"
                + "<th>n</th><th>with birth date and nationality</th><th>name only</th></tr>");
        for (boolean held : new boolean[] {false, true}) {
            Map<String, List<Outcomes.Outcome>> bySet = innocents.stream().filter(o -> o.query().heldOut() == held)
                    .collect(Collectors.groupingBy(o -> o.query().set(), TreeMap::new, Collectors.toList()));
            bySet.forEach((set, list) -> html.append(String.format(
                    "<tr><td>%s</td><td>%s</td><td>%d</td><td>%.2f%%</td><td>%.2f%%</td></tr>", esc(set),
                    held ? "held-out" : "tuning", list.size(), 100 * ThresholdChart.alertRate(list, header.threshold()),
                    100 * ThresholdChart.alertRate(innocentsNameOnly.stream().filter(o -> o.query().heldOut() == held
                            && o.query().set().equals(set)).toList(), header.threshold()))));
        }
        html.append("</table>");
    }

    private void missTable() {
        html.append(String.format("<h2>Misses at the threshold (%d)</h2><p>A miss is a positive whose target is not"
                + " in the top 10 or scores below the threshold. Held-out misses are documented here and are not"
                + " used for tuning.</p><table><tr><th>set</th><th>split</th><th class=l>query</th><th>target</th>"
                + "<th>rank</th><th>score</th><th class=l>explanation</th></tr>", misses.size()));
        for (Miss m : misses) {
            LabelledQuery q = m.outcome().query();
            html.append(String.format("<tr><td>%s</td><td>%s</td><td class=l>%s</td><td>%s</td><td>%d</td>"
                    + "<td>%.3f</td><td class=l>%s</td></tr>", esc(q.set()), q.heldOut() ? "held-out" : "tuning",
                    esc(q.name()), esc(q.targetId()), m.outcome().rank(), m.outcome().targetScore(),
                    esc(m.explanation())));
        }
        html.append("</table>");
    }

    /** The script of the query's first letter that is not Latin, or LATIN. */
    static String script(String name) {
        return name.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.LATIN).findFirst().map(Enum::name).orElse("LATIN");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
