package org.sanctions.registry.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedLink;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.party.Address;
import org.sanctions.registry.party.BirthDate;
import org.sanctions.registry.party.Gender;
import org.sanctions.registry.party.Identifier;
import org.sanctions.registry.party.IdentifierType;
import org.sanctions.registry.party.MeasureInput;
import org.sanctions.registry.party.MeasureStatus;
import org.sanctions.registry.party.MeasureType;
import org.sanctions.registry.party.Name;
import org.sanctions.registry.party.NameType;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.PartyKind;
import org.sanctions.registry.party.RelatedParty;
import org.sanctions.registry.party.Relationship;
import org.sanctions.registry.party.RelationshipDirection;
import org.sanctions.registry.party.RelationshipType;
import org.sanctions.registry.party.SourceRef;

/**
 * Maps what a list says (the importer's records and enums) to the registry's inputs. The enum switches have no
 * default, so a value added on either side fails the build here instead of mapping silently to something else.
 */
final class PartyMapping {

    private PartyMapping() {
    }

    static PartyInput party(ImportedParty p) {
        return new PartyInput(kind(p.kind()), p.names().stream().map(PartyMapping::name).toList(),
                p.birthDates().stream().map(b -> new BirthDate(b.date(), b.from(), b.to(), b.circa())).toList(),
                p.placesOfBirth(), p.nationalities(), p.citizenships(), gender(p.gender()), p.positions(),
                p.identifiers().stream().map(PartyMapping::identifier).toList(),
                p.addresses().stream().map(a -> new Address(a.street(), a.city(), a.region(), a.postalCode(),
                        a.country())).toList(),
                remarks(p), p.sources().stream().map(s -> new SourceRef(s.authority(), s.list(), s.sourceId(), s.url()))
                        .toList(), p.links().stream().map(PartyMapping::link).distinct().toList());
    }

    /** A link as the document keeps it; the other party by its entry, which the registry resolves when it reads. */
    static Relationship link(ImportedLink l) {
        RelatedParty target = new RelatedParty(l.name(), l.target() == null ? null : l.target().authority(),
                l.target() == null ? null : l.target().list(), l.target() == null ? null : l.target().sourceId());
        return new Relationship(linkType(l.type()), l.incoming() ? RelationshipDirection.INCOMING
                : RelationshipDirection.OUTGOING, null, target, decimal(l.share()), decimal(l.shareMin()),
                decimal(l.shareMax()), date(l.startDate()), date(l.endDate()), l.remarks());
    }

    private static RelationshipType linkType(ImportedLink.Type type) {
        return switch (type) {
            case OWNS -> RelationshipType.OWNS;
            case CONTROLS -> RelationshipType.CONTROLS;
            case DIRECTOR_OF -> RelationshipType.DIRECTOR_OF;
            case ACTS_FOR -> RelationshipType.ACTS_FOR;
            case LINKED_TO -> RelationshipType.LINKED_TO;
            case FAMILY_MEMBER -> RelationshipType.FAMILY_MEMBER;
        };
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    /** The measure to add; a list that gives no listing date is taken to list the entry on {@code listDate}. */
    static MeasureInput measure(ImportedMeasure m, LocalDate listDate) {
        LocalDate listed = m.listedDate() == null ? listDate : LocalDate.parse(m.listedDate());
        return new MeasureInput(RegistryCodes.program(m.program()), measureType(m.type()),
                RegistryCodes.authority(m.authority()), listed,
                m.effectiveDate() == null ? null : LocalDate.parse(m.effectiveDate()), m.sourceUrl());
    }

    static MeasureStatus status(ImportedMeasure.Status status) {
        return switch (status) {
            case ACTIVE -> MeasureStatus.ACTIVE;
            case REVOKED -> MeasureStatus.REVOKED;
            case EXPIRED -> MeasureStatus.EXPIRED;
        };
    }

    static MeasureType measureType(ImportedMeasure.Type type) {
        return switch (type) {
            case ASSET_FREEZE -> MeasureType.ASSET_FREEZE;
            case VISA_RESTRICTION -> MeasureType.VISA_RESTRICTION;
            case TRAVEL_BAN -> MeasureType.TRAVEL_BAN;
            case SECTORAL -> MeasureType.SECTORAL;
            case ARMS_EMBARGO -> MeasureType.ARMS_EMBARGO;
            case OTHER -> MeasureType.OTHER;
        };
    }

    private static PartyKind kind(ImportedParty.Kind kind) {
        return switch (kind) {
            case PERSON -> PartyKind.PERSON;
            case ORGANIZATION -> PartyKind.ORGANIZATION;
            case VESSEL -> PartyKind.VESSEL;
            case AIRCRAFT -> PartyKind.AIRCRAFT;
        };
    }

    private static Gender gender(ImportedParty.Gender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case MALE -> Gender.MALE;
            case FEMALE -> Gender.FEMALE;
        };
    }

    private static Name name(ImportedName n) {
        NameType type = switch (n.type()) {
            case PRIMARY -> NameType.PRIMARY;
            case AKA -> NameType.AKA;
            case WEAK_AKA -> NameType.WEAK_AKA;
            case FKA -> NameType.FKA;
        };
        return new Name(n.fullName(), type, n.script(), n.language());
    }

    private static Identifier identifier(ImportedIdentifier i) {
        IdentifierType type = switch (i.type()) {
            case PASSPORT -> IdentifierType.PASSPORT;
            case NATIONAL_ID -> IdentifierType.NATIONAL_ID;
            case TAX_ID -> IdentifierType.TAX_ID;
            case IMO -> IdentifierType.IMO;
            case MMSI -> IdentifierType.MMSI;
            case REGISTRATION -> IdentifierType.REGISTRATION;
            case OTHER -> IdentifierType.OTHER;
        };
        return new Identifier(type, i.number(), i.country());
    }

    /** The remarks, plus the related parties the list names when the remarks do not already say so. */
    private static String remarks(ImportedParty p) {
        List<String> missing = new ArrayList<>();
        for (String linked : p.linkedTo()) {
            if (p.remarks() == null || !p.remarks().contains(linked)) {
                missing.add(linked);
            }
        }
        if (missing.isEmpty()) {
            return p.remarks();
        }
        String links = "Linked To: " + String.join("; ", missing) + ".";
        return p.remarks() == null ? links : p.remarks() + " " + links;
    }
}
