package org.sanctions.lookup.evaluation;

import java.util.List;

/** The threshold curve as inline SVG: recall and innocent alert rate per split against the threshold. */
final class ThresholdChart {

    private static final int W = 760;
    private static final int H = 380;
    private static final int PAD = 50;
    private static final double T_MIN = 0.40;
    private static final double T_MAX = 0.90;
    /** The right axis (alert rate) runs from 0 to this share. */
    private static final double ALERT_MAX = 0.10;

    private ThresholdChart() {
    }

    static String svg(List<Outcomes.Outcome> positives, List<Outcomes.Outcome> innocents, double threshold) {
        StringBuilder s = new StringBuilder(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" font-size=\"11\" role=\"img\">", W, H, W, H));
        s.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>",
                PAD, PAD / 2, W - 2 * PAD, H - PAD - PAD / 2));
        for (int i = 0; i <= 10; i++) {
            double t = T_MIN + i * (T_MAX - T_MIN) / 10;
            s.append(String.format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>", x(t), H - PAD + 15,
                    t));
            s.append(String.format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>", PAD - 5,
                    y(i / 10.0) + 4, i / 10.0));
            s.append(String.format("<text x=\"%d\" y=\"%.1f\">%.0f%%</text>", W - PAD + 5, y(i / 10.0) + 4,
                    i * ALERT_MAX * 10));
        }
        s.append(String.format("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#999\""
                + " stroke-dasharray=\"4\"/><text x=\"%.1f\" y=\"%d\">default %.2f</text>", x(threshold),
                x(threshold), PAD / 2, H - PAD, x(threshold) + 3, PAD / 2 + 12, threshold));
        line(s, positives, false, true, "#1f5fbf", "", 1.0);
        line(s, positives, true, true, "#1f5fbf", "6 3", 1.0);
        line(s, innocents, false, false, "#c03020", "", ALERT_MAX);
        line(s, innocents, true, false, "#c03020", "6 3", ALERT_MAX);
        legend(s, 0, "#1f5fbf", "", "recall@10, tuning");
        legend(s, 1, "#1f5fbf", "6 3", "recall@10, held-out");
        legend(s, 2, "#c03020", "", "innocents alerting (name only), tuning");
        legend(s, 3, "#c03020", "6 3", "innocents alerting (name only), held-out");
        s.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">threshold</text>", W / 2, H - 8));
        return s.append("</svg>").toString();
    }

    // recall of positives, or the alert rate of innocents scaled so that `scale` reaches the top
    private static void line(StringBuilder s, List<Outcomes.Outcome> list, boolean heldOut, boolean recall,
            String colour, String dash, double scale) {
        List<Outcomes.Outcome> split = list.stream().filter(o -> o.query().heldOut() == heldOut).toList();
        if (split.isEmpty()) {
            return;
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= 50; i++) {
            double t = T_MIN + i * (T_MAX - T_MIN) / 50;
            double v = recall ? recall(split, t) : Math.min(1.0, alertRate(split, t) / scale);
            points.append(String.format("%.1f,%.1f ", x(t), y(v)));
        }
        s.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\""
                + " points=\"%s\"/>", colour, dash, points.toString().trim()));
    }

    private static void legend(StringBuilder s, int row, String colour, String dash, String label) {
        int y = PAD / 2 + 160 + row * 16;
        s.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\""
                + " stroke-dasharray=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>", W / 2 + 20, W / 2 + 50, y, y, colour,
                dash, W / 2 + 55, y + 4, label));
    }

    static double recall(List<Outcomes.Outcome> list, double t) {
        return list.isEmpty() ? 0 : (double) list.stream().filter(o -> o.rank() > 0 && o.targetScore() >= t).count()
                / list.size();
    }

    static double alertRate(List<Outcomes.Outcome> list, double t) {
        return list.isEmpty() ? 0 : (double) list.stream().filter(o -> o.bestScore() >= t).count() / list.size();
    }

    private static double x(double t) {
        return PAD + (t - T_MIN) / (T_MAX - T_MIN) * (W - 2 * PAD);
    }

    private static double y(double v) {
        return H - PAD - v * (H - PAD - PAD / 2);
    }
}
