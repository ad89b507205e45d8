package org.sanctions.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ImportedLink;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.SourceKey;
import org.sanctions.registry.importer.TestData;
import org.sanctions.registry.importer.ftm.FtmParser;
import org.sanctions.registry.importer.ofac.OfacCsvParser;
import org.sanctions.registry.importer.ofac.OfacEnhancedXmlParser;

/**
 * The links each real list file states and how many of them stay unresolved (their other party is no entry of the
 * file), counted exactly as an import counts them (both passes of {@link LinkTargets}); the registry README quotes
 * these numbers.
 */
class LinkCountsTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("SDN CSV 2024-05", OfacCsvParser.sdn(), TestData.input("ofac_sdn_2024-05/sdn.csv"), 6375, 10),
                Arguments.of("SDN CSV set 2021-07", OfacCsvParser.sdn(), TestData.input(
                        "ofac_sdn_2021-07_fullset/sdn.csv", "ofac_sdn_2021-07_fullset/alt.csv",
                        "ofac_sdn_2021-07_fullset/add.csv", "ofac_sdn_2021-07_fullset/sdn_comments.csv"), 3408, 148),
                Arguments.of("SDN CSV tiny", OfacCsvParser.sdn(), TestData.input("ofac_sdn_tiny/sdn.csv",
                        "ofac_sdn_tiny/alt.csv", "ofac_sdn_tiny/add.csv", "ofac_sdn_tiny/sdn_comments.csv"), 11, 11),
                Arguments.of("CONS_ENHANCED.ZIP", new OfacEnhancedXmlParser(),
                        TestData.input("ofac_consolidated_nonsdn/CONS_ENHANCED.ZIP"), 283, 1),
                Arguments.of("FtM zala", new FtmParser(), TestData.input("opensanctions_ftm/zala/entities.ftm.json"),
                        21, 3),
                Arguments.of("FtM t1", new FtmParser(), TestData.input("opensanctions_ftm/t1/entities.ftm.json"), 0,
                        0));
    }

    /** The entries of a file with their links resolved as an import resolves them, and the tally of links. */
    private record Resolved(List<ImportedParty> entries, ImportTally tally) {

        static Resolved of(ListParser parser, ImportInput input) {
            Parsed parsed = Parsed.of(parser, input);
            LinkTargets targets = new LinkTargets();
            Set<SourceKey> seen = new HashSet<>();
            List<ImportedParty> entries = new ArrayList<>();
            for (ImportedParty entry : parsed.parties()) {
                if (seen.add(entry.key())) {
                    targets.add(entry);
                    entries.add(entry);
                }
            }
            ImportTally tally = new ImportTally(10);
            return new Resolved(entries.stream().map(e -> targets.resolve(e, tally)).toList(), tally);
        }

        ImportedParty entry(String sourceId) {
            return entries.stream().filter(e -> e.source().sourceId().equals(sourceId)).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0}: {3} links, {4} unresolved")
    @MethodSource("files")
    void countsTheLinksOfTheFileAndTheUnresolvedOnes(String file, ListParser parser, ImportInput input, long links,
            long unresolved) {
        ImportTally tally = Resolved.of(parser, input).tally();
        assertThat(tally.links).isEqualTo(links);
        assertThat(tally.linksUnresolved).isEqualTo(unresolved);
    }

    @Test
    void resolvesSdnRemarksByTheExactNameOfAnotherEntry() {
        ImportedParty bank = Resolved.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_2024-05/sdn.csv")).entry("4632");
        assertThat(bank.links()).filteredOn(l -> "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE".equals(l.name()))
                .singleElement().satisfies(l -> {
                    assertThat(l.type()).isEqualTo(ImportedLink.Type.LINKED_TO);
                    assertThat(l.target()).isNotNull();
                    assertThat(l.target().list()).isEqualTo("SDN");
                });
    }

    @Test
    void readsOwnedOrControlledByOfTheEnhancedXmlAsAnIncomingControlLink() {
        ImportedParty entity = Resolved.of(new OfacEnhancedXmlParser(),
                TestData.input("ofac_consolidated_nonsdn/CONS_ENHANCED.ZIP")).entry("17017");
        assertThat(entity.links()).singleElement().satisfies(l -> {
            assertThat(l.type()).isEqualTo(ImportedLink.Type.CONTROLS);
            assertThat(l.incoming()).isTrue();
            assertThat(l.name()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
            assertThat(l.target().key()).isEqualTo(new SourceKey("US-OFAC", "NON-SDN", "17013"));
            assertThat(l.remarks()).isEqualTo("Owned or Controlled By");
        });
    }

    @Test
    void readsFtmOwnershipWithItsShareAndDatesOnTheOwner() {
        Resolved zala = Resolved.of(new FtmParser(), TestData.input("opensanctions_ftm/zala/entities.ftm.json"));
        List<ImportedLink> owns = zala.entries().stream().flatMap(e -> e.links().stream())
                .filter(l -> l.type() == ImportedLink.Type.OWNS).toList();
        assertThat(owns).hasSize(14).allSatisfy(l -> assertThat(l.incoming()).isFalse());
        assertThat(owns).filteredOn(l -> "49".equals(l.share())).singleElement()
                .satisfies(l -> {
                    assertThat(l.startDate()).isEqualTo("2016-03-29");
                    assertThat(l.target().authority()).isEqualTo("OPENSANCTIONS");
                });
        assertThat(owns).filteredOn(l -> l.target() == null).hasSize(3)
                .allSatisfy(l -> assertThat(l.name()).isNotBlank());
    }
}
