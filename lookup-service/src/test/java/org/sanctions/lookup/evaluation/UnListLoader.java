package org.sanctions.lookup.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sanctions.lookup.matching.BirthDate;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Measure;
import org.sanctions.lookup.matching.MeasureStatus;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.matching.NameType;
import org.sanctions.lookup.matching.SourceRef;

/** Reads the UN Security Council consolidated list XML into engine parties, for evaluation only. */
public final class UnListLoader {

    private UnListLoader() {
    }

    public static List<ListedParty> load(Path xml) {
        List<ListedParty> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
            Record current = null;
            StringBuilder text = new StringBuilder();
            List<String> path = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    path.add(name);
                    text.setLength(0);
                    if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                        current = new Record(name.equals("INDIVIDUAL") ? Kind.PERSON : Kind.ORGANIZATION);
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = path.remove(path.size() - 1);
                    String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
                    if (current != null) {
                        current.accept(name, parent, text.toString().trim());
                        if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                            out.add(current.toParty());
                            current = null;
                        }
                    }
                    text.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot parse " + xml, e);
        }
        return out;
    }

    /** Fields of one INDIVIDUAL or ENTITY while it is read. */
    private static final class Record {
        final Kind kind;
        String dataId;
        String listType;
        final String[] parts = new String[4];
        final List<ListedName> aliases = new ArrayList<>();
        final List<BirthDate> births = new ArrayList<>();
        final Set<String> nationalities = new LinkedHashSet<>();
        String aliasQuality;
        String year;
        String fromYear;
        String toYear;
        String dateType;

        Record(Kind kind) {
            this.kind = kind;
        }

        void accept(String name, String parent, String value) {
            switch (name) {
                case "DATAID" -> dataId = value;
                case "UN_LIST_TYPE" -> listType = value;
                case "FIRST_NAME" -> parts[0] = value;
                case "SECOND_NAME" -> parts[1] = value;
                case "THIRD_NAME" -> parts[2] = value;
                case "FOURTH_NAME" -> parts[3] = value;
                case "QUALITY" -> aliasQuality = value;
                case "ALIAS_NAME" -> {
                    if (!value.isEmpty()) {
                        aliases.add(new ListedName(value, "Low".equals(aliasQuality) ? NameType.WEAK_AKA
                                : "f.k.a.".equals(aliasQuality) ? NameType.FKA : NameType.AKA));
                    }
                }
                case "NAME_ORIGINAL_SCRIPT" -> {
                    if (!value.isEmpty()) {
                        aliases.add(new ListedName(value, NameType.AKA));
                    }
                }
                case "TYPE_OF_DATE" -> dateType = value;
                case "YEAR" -> year = value;
                case "DATE" -> year = value.length() >= 4 ? value.substring(0, 4) : null;
                case "FROM_YEAR" -> fromYear = value;
                case "TO_YEAR" -> toYear = value;
                case "INDIVIDUAL_DATE_OF_BIRTH" -> addBirth();
                case "VALUE" -> {
                    if (parent.equals("NATIONALITY") && CountryCodes.of(value) != null) {
                        nationalities.add(CountryCodes.of(value));
                    }
                }
                default -> {
                }
            }
        }

        void addBirth() {
            boolean circa = "APPROXIMATELY".equals(dateType);
            if (year != null && year.matches("\\d{4}")) {
                births.add(BirthDate.range(Integer.parseInt(year), Integer.parseInt(year), circa));
            } else if (fromYear != null && toYear != null && fromYear.matches("\\d{4}") && toYear.matches("\\d{4}")) {
                births.add(BirthDate.range(Integer.parseInt(fromYear), Integer.parseInt(toYear), circa));
            }
            year = fromYear = toYear = dateType = null;
        }

        String primaryName() {
            StringBuilder sb = new StringBuilder();
            for (String p : parts) {
                if (p != null && !p.isEmpty()) {
                    sb.append(sb.length() > 0 ? " " : "").append(p);
                }
            }
            return sb.toString();
        }

        ListedParty toParty() {
            List<ListedName> names = new ArrayList<>();
            names.add(new ListedName(primaryName(), NameType.PRIMARY));
            names.addAll(aliases);
            return new ListedParty("UN-" + dataId, kind, 1, names, births, nationalities,
                    List.of(new SourceRef("UN-SC", "CONSOLIDATED", dataId)),
                    List.of(new Measure("UN-" + listType, MeasureType.ASSET_FREEZE, "UN-SC", null,
                            MeasureStatus.ACTIVE, null)));
        }
    }
}
