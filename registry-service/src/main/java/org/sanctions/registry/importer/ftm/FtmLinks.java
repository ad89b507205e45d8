package org.sanctions.registry.importer.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sanctions.registry.importer.ImportedLink;
import org.sanctions.registry.importer.ImportedLink.Type;
import org.sanctions.registry.importer.JsonLines;
import org.sanctions.registry.importer.PartyBuilder;
import org.sanctions.registry.importer.SourceRef;
import org.sanctions.registry.importer.Texts;

/**
 * FtM's link entities (Ownership, Directorship, Family, UnknownLink) as typed links. A link goes with its source
 * side (owner, director, person, subject) when that is a sanctioned subject of the file, else with its target side
 * as an incoming link, so that a link is stored once. The other side is named by its caption when the file has it,
 * and is an entry reference only when it is itself a subject of the file.
 */
final class FtmLinks {

    /** Schema -> (property of the source side, property of the target side, type, property with the wording). */
    private record Shape(String from, String to, Type type, String wording) {
    }

    static final Map<String, Shape> SHAPES = Map.of(
            "Ownership", new Shape("owner", "asset", Type.OWNS, "role"),
            "Directorship", new Shape("director", "organization", Type.DIRECTOR_OF, "role"),
            "Family", new Shape("person", "relative", Type.FAMILY_MEMBER, "relationship"),
            "UnknownLink", new Shape("subject", "object", Type.LINKED_TO, "role"));
    static final String OUT = "O";
    static final String IN = "N";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Set<String> subjects = new HashSet<>();
    private final Map<String, String> captions = new HashMap<>();

    /** Remembers an entity of a party schema: its caption, and whether it is a subject (a party of the import). */
    void seen(JsonNode entity, boolean subject) {
        String id = entity.path("id").asText();
        String caption = Texts.clean(entity.path("caption").asText(null));
        if (subject) {
            subjects.add(id);
        }
        if (caption != null) {
            captions.put(id, caption);
            JsonLines.strings(entity, "referents").forEach(r -> captions.putIfAbsent(r, caption));
        }
    }

    /** The ids of both sides of a link entity: (source ids, target ids). */
    static List<List<String>> sides(String schema, JsonNode properties) {
        Shape shape = SHAPES.get(schema);
        return List.of(JsonLines.strings(properties, shape.from()), JsonLines.strings(properties, shape.to()));
    }

    /** Adds the link to the party {@code self} on the given side, unless its source side carries it. */
    void add(String self, String side, JsonNode entity, PartyBuilder party) {
        Shape shape = SHAPES.get(entity.path("schema").asText());
        JsonNode p = entity.path("properties");
        boolean incoming = IN.equals(side);
        List<String> others = JsonLines.strings(p, incoming ? shape.from() : shape.to());
        if (incoming && others.stream().anyMatch(subjects::contains)) {
            return; // the subject on the source side states it
        }
        String wording = Texts.clean(String.join("; ", JsonLines.strings(p, shape.wording())));
        for (String other : others) {
            if (other.equals(self)) {
                continue;
            }
            SourceRef target = subjects.contains(other) ? new SourceRef(FtmEntity.AUTHORITY, FtmEntity.LIST, other,
                    "https://www.opensanctions.org/entities/" + other + "/") : null;
            String name = captions.getOrDefault(other, target == null ? other : null);
            String share = shape.type() == Type.OWNS ? share(first(p, "percentage")) : null;
            party.link(new ImportedLink(shape.type(), incoming, name, target, share, null, null,
                    date(first(p, "startDate")), date(first(p, "endDate")), wording));
        }
    }

    private static String first(JsonNode p, String property) {
        List<String> values = JsonLines.strings(p, property);
        return values.isEmpty() ? null : values.get(0);
    }

    /** A percentage 0-100, else none (a share the registry would refuse must not cost the whole entry). */
    private static String share(String value) {
        try {
            return Optional.ofNullable(value).map(v -> new BigDecimal(v.trim()))
                    .filter(s -> s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0)
                    .map(BigDecimal::toPlainString).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String date(String value) {
        return value != null && ISO_DATE.matcher(value).matches() ? value : null;
    }
}
