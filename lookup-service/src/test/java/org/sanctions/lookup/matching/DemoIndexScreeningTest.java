package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same decisions on the 17-party demo index as on the full lists: a tiny index must not make common names
 * look rare (IDF over 50 names says nothing about how common John or Lee are among customers).
 */
class DemoIndexScreeningTest {

    private static final double THRESHOLD = ScoringWeights.defaults().threshold();
    private static ScreeningIndex index;

    @BeforeAll
    static void loadDemoParties() {
        index = DemoIndex.load();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            John Lee Ka Chiu        | ofac-29250-lee-john-ka-chiu | reordered, hyphen dropped
            Ka-chiu LEE             | ofac-29250-lee-john-ka-chiu | Cantonese given name and surname
            Li Jiachao              | ofac-29250-lee-john-ka-chiu | pinyin weak alias
            Jon Lee Kachiu          | ofac-29250-lee-john-ka-chiu | variant given name, syllables joined
            Raymond Siu             | state-2025-siu-chak-yee     | partial name: given name and rare surname
            Siu Chak Yee            | state-2025-siu-chak-yee     | Chinese name only
            Raymond Siu Chak-yee    | state-2025-siu-chak-yee     | full name
            蕭澤頤                   | state-2025-siu-chak-yee     | Han script
            Carrie Lam Cheng        | ofac-29249-lam-carrie       | English given name and both surnames
            Erick Tsang Kwok-wai    | ofac-29246-tsang-erick      | full name
            Zeng Guowei             | ofac-29246-tsang-erick      | Mandarin spelling
            """)
    void findsDemoPartyAsTopMatch(String query, String partyId, String why) {
        List<Match> matches = index.screen(ScreeningQuery.byName(query, THRESHOLD));

        assertThat(matches).as("%s (%s)", query, why).isNotEmpty();
        assertThat(matches.get(0).party().id()).as("%s (%s)", query, why).isEqualTo(partyId);
        assertThat(matches.get(0).match()).isTrue();
    }

    @ParameterizedTest(name = "{0} does not alert")
    @CsvSource(delimiter = '|', textBlock = """
            John Lee        | two very common names, though LEE, John is an alias of LEE, John Ka-chiu
            Lee John        | the same, reversed
            Eric Chan       | two very common names, though CHAN, Eric is an alias of CHAN, Eric Kwok-ki
            Raymond Wong    | a common given name and a common surname of another listed person
            Paul Lam        | common given name and common surname, listed person has a rarer full name
            """)
    void commonNamesAloneDoNotAlert(String query, String why) {
        List<Match> matches = index.screen(ScreeningQuery.byName(query, THRESHOLD));

        assertThat(matches).as("%s (%s): %s", query, why, matches.stream()
                .map(m -> m.matchedName() + " " + m.score()).toList()).isEmpty();
    }

    @Test
    void allCommonNamesMatchWhenTheyAreTheListedPersonsWholeName() {
        ScreeningIndex small = DemoIndex.load();
        small.upsert(new ListedParty("TEST-HUSAYN", Kind.PERSON, 1,
                List.of(new ListedName("MUHAMMAD AL-HUSAYN", NameType.PRIMARY)), List.of(), Set.of(),
                List.of(new SourceRef("US-OFAC", "SDN", "0")),
                List.of(new Measure("TEST", MeasureType.ASSET_FREEZE, "US-OFAC", null, MeasureStatus.ACTIVE, null))));

        List<Match> matches = small.screen(ScreeningQuery.byName("Mohammed al-Hussein", THRESHOLD));

        assertThat(matches).as("variant spellings of the whole listed name").isNotEmpty();
        assertThat(matches.get(0).party().id()).isEqualTo("TEST-HUSAYN");
        assertThat(small.screen(ScreeningQuery.byName("John Lee", THRESHOLD))).as("still no John Lee").isEmpty();
    }
}
