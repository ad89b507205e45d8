package org.sanctions.registry.importer.ofac;

import java.util.Locale;
import java.util.Optional;
import org.sanctions.registry.importer.ImportedLink;
import org.sanctions.registry.importer.ImportedLink.Type;
import org.sanctions.registry.importer.SourceRef;
import org.sanctions.registry.importer.Texts;
import org.sanctions.registry.importer.XmlNode;

/**
 * Maps a {@code <relationship>} of OFAC's enhanced XML to a typed link. The entry states it about itself ("this
 * entity is Owned or Controlled By X"), so some types put the entry on the link's target side. The related entity is
 * named by OFAC's id, one numbering for the SDN and the consolidated lists; the original wording stays in the remarks.
 */
final class OfacRelationships {

    private OfacRelationships() {
    }

    /** The type and the side (true: the related entity is the source) of each wording OFAC uses. */
    private record Meaning(Type type, boolean incoming) {
    }

    static Optional<ImportedLink> link(XmlNode relationship, String list) {
        XmlNode related = relationship.child("relatedEntity");
        String wording = Texts.clean(relationship.text("type"));
        if (related == null) {
            return Optional.empty();
        }
        String id = related.attribute("entityId");
        String name = Texts.clean(related.value());
        if (id == null && name == null) {
            return Optional.empty();
        }
        Meaning meaning = meaning(wording);
        SourceRef target = id == null ? null : new SourceRef(OfacPrograms.AUTHORITY, list, id, OfacPrograms.url(id));
        return Optional.of(ImportedLink.of(meaning.type(), meaning.incoming(), name, target, wording));
    }

    private static Meaning meaning(String wording) {
        String w = wording == null ? "" : wording.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "owned or controlled by" -> new Meaning(Type.CONTROLS, true);
            case "owns, controls, or operates" -> new Meaning(Type.CONTROLS, false);
            case "acting for or on behalf of" -> new Meaning(Type.ACTS_FOR, false);
            case "family member of" -> new Meaning(Type.FAMILY_MEMBER, false);
            case "leader or official of", "principal executive officer" -> new Meaning(Type.DIRECTOR_OF, false);
            default -> new Meaning(Type.LINKED_TO, false); // "Associate Of", "Providing support to", ...
        };
    }
}
