package org.sanctions.lookup.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Recall@10 and innocent alert rates per set and split, and a threshold sweep on the tuning split. */
final class QualityReport {

    private final Outcomes positives;
    private final Outcomes pairs;
    private final Outcomes innocents;
    private final Outcomes innocentsNameOnly;

    QualityReport(Outcomes positives, Outcomes pairs, Outcomes innocents, Outcomes innocentsNameOnly) {
        this.positives = positives;
        this.pairs = pairs;
        this.innocents = innocents;
        this.innocentsNameOnly = innocentsNameOnly;
    }

    void printSweep() {
        System.out.println("\nThreshold sweep on the tuning split (recall@10 counts a target only at or above t):");
        System.out.println("   t   recall@10  innocent-alerts(with DOB/nat)  innocent-alerts(name only)"
                + "  pair-false-alerts");
        for (int i = 50; i <= 90; i += 2) {
            double t = i / 100.0;
            System.out.printf(" %.2f   %.4f      %.4f                        %.4f                      %.4f%n", t,
                    recall(positives.list, o -> !o.query().heldOut(), t),
                    alertRate(innocents.list, o -> !o.query().heldOut(), t),
                    alertRate(innocentsNameOnly.list, o -> !o.query().heldOut(), t),
                    pairAlerts(o -> !o.query().heldOut(), t));
        }
    }

    void printAt(double t) {
        System.out.printf("%nAt the default threshold %.2f:%n", t);
        System.out.println(" set                          split     n     recall@10(any score)  recall@10(>=t)");
        for (boolean held : new boolean[] {false, true}) {
            Map<String, List<Outcomes.Outcome>> bySet = positives.list.stream()
                    .filter(o -> o.query().heldOut() == held)
                    .collect(Collectors.groupingBy(o -> o.query().set(), TreeMap::new, Collectors.toList()));
            bySet.put("ALL POSITIVES", positives.list.stream().filter(o -> o.query().heldOut() == held).toList());
            bySet.forEach((set, list) -> System.out.printf(" %-28s %-8s %5d   %.4f                %.4f%n", set,
                    held ? "held-out" : "tuning", list.size(), recall(list, o -> true, 0.0),
                    recall(list, o -> true, t)));
        }
        System.out.println(" innocent set                 split     n     alerts(with DOB/nat)  alerts(name only)");
        for (boolean held : new boolean[] {false, true}) {
            Map<String, List<Outcomes.Outcome>> bySet = innocents.list.stream()
                    .filter(o -> o.query().heldOut() == held)
                    .collect(Collectors.groupingBy(o -> o.query().set(), TreeMap::new, Collectors.toList()));
            bySet.forEach((set, list) -> System.out.printf(" %-28s %-8s %5d   %.4f                %.4f%n", set,
                    held ? "held-out" : "tuning", list.size(), alertRate(list, o -> true, t),
                    alertRate(innocentsNameOnly.list,
                            o -> o.query().heldOut() == held && o.query().set().equals(set), t)));
        }
        System.out.printf(" non-matching pairs (cases.csv is_match=false) alerting on their pair: tuning %.4f,"
                + " held-out %.4f%n",
                pairAlerts(o -> !o.query().heldOut(), t), pairAlerts(o -> o.query().heldOut(), t));
        // held-out rows are never printed: looking at them would make them tuning rows (see TuningMisses)
        System.out.println("\nMissed positives at the threshold (tuning split only), first 40:");
        positives.list.stream().filter(o -> !o.query().heldOut())
                .filter(o -> o.rank() == 0 || o.targetScore() < t).limit(40).forEach(o -> System.out
                .printf("  [%s] %s -> %s rank %d score %.3f (best %.3f)%n", o.query().set(), o.query().name(),
                        o.query().targetId(), o.rank(), o.targetScore(), o.bestScore()));
    }

    void printInnocentAlerts(double t, int max) {
        innocents.list.stream().filter(o -> o.bestScore() >= t).limit(max)
                .forEach(o -> System.out.printf("  innocent alert %.3f %s%n", o.bestScore(), o.query().name()));
    }

    private static double recall(List<Outcomes.Outcome> list, Predicate<Outcomes.Outcome> filter, double t) {
        long n = list.stream().filter(filter).count();
        long hit = list.stream().filter(filter).filter(o -> o.rank() > 0 && o.targetScore() >= t).count();
        return n == 0 ? 0 : (double) hit / n;
    }

    private static double alertRate(List<Outcomes.Outcome> list, Predicate<Outcomes.Outcome> filter, double t) {
        long n = list.stream().filter(filter).count();
        long hit = list.stream().filter(filter).filter(o -> o.bestScore() >= t).count();
        return n == 0 ? 0 : (double) hit / n;
    }

    private double pairAlerts(Predicate<Outcomes.Outcome> filter, double t) {
        long n = pairs.list.stream().filter(filter).count();
        long hit = pairs.list.stream().filter(filter).filter(o -> o.rank() > 0 && o.targetScore() >= t).count();
        return n == 0 ? 0 : (double) hit / n;
    }
}
