package org.sanctions.lookup.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctions.lookup.matching.BirthDate;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Measure;
import org.sanctions.lookup.matching.MeasureStatus;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.matching.NameType;
import org.sanctions.lookup.matching.PartialDate;
import org.sanctions.lookup.matching.SourceRef;

/**
 * Maps the registry's wire party to the engine's party. Lenient on purpose: a value this version does not know
 * (a new measure type) must not keep a party out of screening, so unknown values fall back to the widest meaning.
 */
public final class PartyMapper {

    private PartyMapper() {
    }

    public static ListedParty toListed(RegistryParty p) {
        List<ListedName> names = new ArrayList<>();
        for (RegistryParty.Name n : list(p.names())) {
            if (n.fullName() != null && !n.fullName().isBlank()) {
                names.add(new ListedName(n.fullName(), parse(NameType.class, n.type(), NameType.AKA)));
            }
        }
        List<BirthDate> births = new ArrayList<>();
        for (RegistryParty.Birth b : list(p.birthDates())) {
            BirthDate parsed = birth(b);
            if (parsed != null) {
                births.add(parsed);
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        list(p.nationalities()).forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
        list(p.citizenships()).forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
        List<SourceRef> sources = list(p.sources()).stream()
                .map(s -> new SourceRef(s.authority(), s.list(), s.sourceId())).toList();
        List<Measure> measures = list(p.measures()).stream().map(m -> new Measure(m.program(),
                parse(MeasureType.class, m.type(), MeasureType.OTHER), m.authority(), m.listedDate(),
                parse(MeasureStatus.class, m.status(), MeasureStatus.ACTIVE), m.statusDate())).toList();
        return new ListedParty(p.id(), parse(Kind.class, p.kind(), Kind.ORGANIZATION),
                p.version() == null ? 0 : p.version(), names, births, countries, sources, measures);
    }

    private static BirthDate birth(RegistryParty.Birth b) {
        boolean circa = Boolean.TRUE.equals(b.circa());
        try {
            if (b.date() != null) {
                return BirthDate.of(PartialDate.parse(b.date()), circa);
            }
            if (b.from() != null && b.to() != null) {
                return BirthDate.range(PartialDate.parse(b.from()).year(), PartialDate.parse(b.to()).year(), circa);
            }
        } catch (IllegalArgumentException e) {
            return null; // an unreadable birth date only loses corroboration, never the party
        }
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : value;
    }
}
