package org.sanctions.registry.sources;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.imports.ImportMode;
import org.sanctions.registry.importer.ListFormatException;

/** Validated settings of a PUT: every bad member becomes a violation of one 400 problem. */
record SourceSettings(ListFormat format, String url, Duration every, SourcePolicy policy, ImportMode mode,
        double maxDelistShare, Duration sla) {

    private static final Duration SHORTEST = Duration.ofSeconds(1);

    static SourceSettings parse(SourceUpdate body, Duration defaultSla) {
        QueryParams fields = new QueryParams();
        if (body == null) {
            fields.fail("body", "a JSON object with format, url, policy and maxDelistShare is required");
            fields.done();
        }
        ListFormat format = format(fields, body.format());
        String url = url(fields, fields.text("url", body.url(), 2000));
        Duration every = duration(fields, "every", body.every());
        SourcePolicy policy = body.policy() == null ? fields.fail("policy", "is required (AUTO or REVIEW)")
                : fields.enumValue("policy", body.policy(), SourcePolicy.class);
        ImportMode mode = body.mode() == null ? ImportMode.FULL
                : fields.enumValue("mode", body.mode(), ImportMode.class);
        Double share = body.maxDelistShare();
        if (share == null || share.isNaN() || share < 0 || share > 1) {
            fields.fail("maxDelistShare", "is required, a share between 0 and 1");
        }
        Duration sla = duration(fields, "sla", body.sla());
        fields.done();
        return new SourceSettings(format, url, every, policy, mode, share, sla == null ? defaultSla : sla);
    }

    private static ListFormat format(QueryParams fields, String name) {
        if (name == null || name.isBlank()) {
            return fields.fail("format", "is required");
        }
        try {
            return ListFormat.parse(name);
        } catch (ListFormatException e) {
            return fields.fail("format", e.getMessage());
        }
    }

    private static String url(QueryParams fields, String url) {
        if (url == null) {
            return fields.fail("url", "is required");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("file") && uri.getPath() != null) {
                return url;
            }
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        return fields.fail("url", "must be an absolute http(s):// URL or a file: URL");
    }

    private static Duration duration(QueryParams fields, String name, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            Duration d = Duration.parse(text);
            return d.compareTo(SHORTEST) < 0 ? fields.fail(name, "must be at least PT1S") : d;
        } catch (DateTimeParseException e) {
            return fields.fail(name, "must be an ISO-8601 duration such as PT1M or PT24H");
        }
    }
}
