package org.sanctions.lookup.evaluation;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.sanctions.lookup.matching.EngineIdentity;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.NameNormalizer;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/**
 * Writes the validation report of the engine, {@code target/validation-report/index.html}: recall per labelled set
 * (variant class), per script and per entity type, innocent alert rates, the threshold curve as an inline SVG
 * chart, every miss with its explanation, the engine version and the hash of its configuration and word lists.
 * Run with {@code ./mvnw -B -o -pl lookup-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sanctions.lookup.evaluation.ValidationReport [-Dexec.args="--negatives 20000 --threads 2"]}.
 * Held-out misses are listed because documenting them is the report's job; they are never used for tuning.
 */
public final class ValidationReport {

    private ValidationReport() {
    }

    public static void main(String[] args) throws Exception {
        var opts = Evaluation.options(args);
        int negatives = Integer.parseInt(opts.getOrDefault("negatives", "20000"));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "2"));
        // Maven runs exec:java from the root of the build: the report goes to the module's target folder
        Path module = Files.isDirectory(Path.of("lookup-service")) ? Path.of("lookup-service") : Path.of("");
        Path out = Path.of(opts.getOrDefault("out", module.resolve("target/validation-report").toString()));
        ScoringWeights weights = ScoringWeights.defaults();
        NameNormalizer.warmUp();
        EvaluationData data = EvaluationData.load();
        LabelledSets sets = LabelledSets.load(data.un, negatives);
        ScreeningIndex lists = new ScreeningIndex(weights);
        lists.replaceAll(data.lists());
        ScreeningIndex withPairs = data.indexWithPairs(weights, sets);
        ForkJoinPool pool = new ForkJoinPool(threads);
        Outcomes positives = Outcomes.run(pool, lists, withPairs, sets.positives, true);
        Outcomes innocents = Outcomes.run(pool, lists, lists, sets.negatives, true);
        Outcomes innocentsNameOnly = Outcomes.run(pool, lists, lists, sets.negatives, false);
        double t = weights.threshold();
        List<ReportHtml.Miss> misses = new ArrayList<>();
        for (Outcomes.Outcome o : positives.list) {
            if (o.rank() == 0 || o.targetScore() < t) {
                misses.add(new ReportHtml.Miss(o, explain(LabelledSets.isPairSet(o.query().set()) ? withPairs : lists,
                        o.query())));
            }
        }
        ReportHtml.Header header = new ReportHtml.Header(EngineIdentity.version(version()),
                EngineIdentity.configHash(weights), t, Instant.now().toString(), lists.partyCount(), lists.nameCount(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String html = new ReportHtml(header, positives.list, innocents.list, innocentsNameOnly.list, misses).render();
        Files.createDirectories(out);
        Path file = out.resolve("index.html");
        Files.writeString(file, html);
        System.out.printf("Validation report written to %s (engine %s, config %s, %d misses)%n",
                file.toAbsolutePath(), header.engineVersion(), header.configHash(), misses.size());
    }

    /** The target's explanation when it was found, else the best match's (what the analyst would have seen). */
    private static String explain(ScreeningIndex index, LabelledQuery q) {
        ScreeningQuery query = new ScreeningQuery(q.name(), q.kind(), q.birthDate(), q.nationality(),
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null, 0.0, 10);
        List<Match> matches = index.screen(query);
        Match shown = matches.stream().filter(m -> m.party().id().equals(q.targetId())).findFirst()
                .orElse(matches.isEmpty() ? null : matches.get(0));
        if (shown == null) {
            return "no candidate retrieved";
        }
        var e = shown.explanation();
        StringBuilder sb = new StringBuilder(shown.party().id().equals(q.targetId()) ? "target " : "best other ");
        sb.append(shown.matchedName()).append(String.format(" score %.3f; name %.3f; ", shown.score(), e.nameScore()));
        e.alignments().forEach(a -> sb.append(String.format("%s~%s %s %.2f w%.2f; ", a.queryToken(), a.nameToken(),
                a.method(), a.similarity(), a.weight())));
        sb.append("unmatched query ").append(e.unmatchedQueryTokens()).append(", listed ")
                .append(e.unmatchedNameTokens());
        return sb.toString();
    }

    private static String version() {
        String v = ValidationReport.class.getPackage().getImplementationVersion();
        return v != null ? v : System.getProperty("engine.version", "0.1.0-SNAPSHOT");
    }
}
