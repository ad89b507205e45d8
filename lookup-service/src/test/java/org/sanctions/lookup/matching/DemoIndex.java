package org.sanctions.lookup.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The 17 parties of deploy/local/demo-data indexed alone: the small index a local demo screens against. */
final class DemoIndex {

    private DemoIndex() {
    }

    /** A fresh index of the demo parties (ids are the file names without .json). */
    static ScreeningIndex load() {
        Path dir = partiesDir();
        List<ListedParty> parties = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                parties.add(party(f.getFileName().toString().replace(".json", ""), json.readTree(f.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScreeningIndex index = new ScreeningIndex(ScoringWeights.defaults());
        index.replaceAll(parties);
        return index;
    }

    private static Path partiesDir() {
        String root = System.getProperty("sanctions.project.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        Path dir = base.resolve("deploy/local/demo-data/parties");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("demo data folder is missing: " + dir);
        }
        return dir;
    }

    private static ListedParty party(String id, JsonNode file) {
        JsonNode p = file.get("party");
        List<ListedName> names = new ArrayList<>();
        p.get("names").forEach(n -> names.add(new ListedName(n.get("fullName").asText(),
                NameType.valueOf(n.get("type").asText()))));
        List<BirthDate> births = new ArrayList<>();
        p.get("birthDates").forEach(b -> births.add(b.has("date")
                ? BirthDate.of(PartialDate.parse(b.get("date").asText()), b.path("circa").asBoolean())
                : BirthDate.range(PartialDate.parse(b.get("from").asText()).year(),
                        PartialDate.parse(b.get("to").asText()).year(), b.path("circa").asBoolean())));
        Set<String> nationalities = new HashSet<>();
        p.get("nationalities").forEach(n -> nationalities.add(n.asText()));
        List<Measure> measures = new ArrayList<>();
        file.get("measures").forEach(m -> measures.add(new Measure(m.get("program").asText(),
                MeasureType.valueOf(m.get("type").asText()), m.get("authority").asText(), null,
                MeasureStatus.ACTIVE, null)));
        return new ListedParty(id, Kind.valueOf(p.get("kind").asText()), 1, names, births, nationalities,
                List.of(new SourceRef("DEMO", "demo-data", id)), measures);
    }
}
