package org.sanctions.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sanctions.testkit.ProjectPaths;

/**
 * The project's demo data set (deploy/local/demo-data: public facts only) put into the registry through the API with
 * the same rules as its load.sh: programs by code, parties by their first source entry, measures by program, type
 * and listed date; what exists is left alone, so every test can call {@link #load} for the data it relies on.
 */
final class DemoData {

    private static final String REASON = "Demo data from public announcements (deploy/local/demo-data)";

    private final RegistryApi api;
    private final Path dir;

    DemoData(RegistryApi api) {
        this.api = api;
        this.dir = ProjectPaths.root().resolve("deploy/local/demo-data");
        if (!Files.isRegularFile(dir.resolve("programs.json"))) {
            throw new IllegalStateException("demo data missing: " + dir.resolve("programs.json"));
        }
    }

    /** Loads the programs and the party of {@code parties/<file>.json} with its measures; returns the party. */
    JsonNode load(String file) {
        for (JsonNode program : read(dir.resolve("programs.json"))) {
            api.ensureProgram(program, REASON);
        }
        JsonNode entry = read(dir.resolve("parties").resolve(file + ".json"));
        JsonNode source = entry.path("party").path("sources").get(0);
        JsonNode party = api.findBySource(source.path("authority").asText(), source.path("list").asText(),
                source.path("sourceId").asText());
        if (party == null) {
            party = api.createParty(entry.path("party"), REASON);
        }
        Set<String> present = new HashSet<>();
        party.path("measures").forEach(m -> present.add(key(m)));
        for (JsonNode measure : entry.path("measures")) {
            if (present.add(key(measure))) {
                party = api.addMeasure(party.path("id").asText(), measure, REASON);
            }
        }
        return party;
    }

    /** The names of the party files, for a test that wants them all. */
    List<String> partyFiles() {
        try (Stream<Path> files = Files.list(dir.resolve("parties"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(JsonNode measure) {
        return measure.path("program").asText() + "|" + measure.path("type").asText() + "|"
                + measure.path("listedDate").asText();
    }

    private static JsonNode read(Path file) {
        try {
            return JsonHttp.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
