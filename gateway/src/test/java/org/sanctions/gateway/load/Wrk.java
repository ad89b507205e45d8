package org.sanctions.gateway.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian package wrk) with a POST script and reads its latency distribution and request rate. */
final class Wrk {

    /** What one run measured. */
    record Result(String label, String command, double p50Ms, double p99Ms, double requestsPerSecond, long errors) {
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$");
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([\\d.]+)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private final Path script;

    private Wrk(Path script) {
        this.script = script;
    }

    /** A wrk script that POSTs this JSON body with this bearer token. */
    static Wrk posting(String json, String token) {
        return new Wrk(script("wrk.method = \"POST\"\n"
                + "wrk.body = '" + json + "'\n"
                + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n"));
    }

    /** A wrk script that GETs with this bearer token. */
    static Wrk getting(String token) {
        return new Wrk(script("wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n"));
    }

    private static Path script(String lua) {
        try {
            Path script = Files.createTempFile("gateway-overhead", ".lua");
            script.toFile().deleteOnExit();
            Files.writeString(script, lua, StandardCharsets.UTF_8);
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result run(String label, String url, int threads, int connections, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--latency", "-s", script.toString(), url));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        double p50 = -1;
        double p99 = -1;
        double rate = -1;
        long errors = 0;
        for (String line : output.split("\n")) {
            Matcher percentile = PERCENTILE.matcher(line);
            if (percentile.find()) {
                double ms = toMillis(Double.parseDouble(percentile.group(2)), percentile.group(3));
                if (percentile.group(1).equals("50")) {
                    p50 = ms;
                } else {
                    p99 = ms;
                }
            }
            Matcher r = RATE.matcher(line);
            if (r.find()) {
                rate = Double.parseDouble(r.group(1));
            }
            Matcher e = ERRORS.matcher(line);
            if (e.find()) {
                errors = Long.parseLong(e.group(1));
            }
        }
        String shown = String.join(" ", command).replace(script.toString(), "<script>.lua");
        return new Result(label, shown, p50, p99, rate, errors);
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
