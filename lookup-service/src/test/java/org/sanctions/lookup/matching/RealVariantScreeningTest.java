package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real-world spellings of real listed parties must be matches at the default threshold, and the first result. */
class RealVariantScreeningTest {

    private static final double THRESHOLD = ScoringWeights.defaults().threshold();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            John Lee Ka Chiu              | OFAC-29250 | reordered, hyphen dropped
            Ka-chiu LEE                   | OFAC-29250 | given names only, surname last
            Li Jiachao                    | OFAC-29250 | weak alias in pinyin
            Jon Lee Kachiu                | OFAC-29250 | variant given name, syllables joined
            Mr. John Lee Ka-chiu          | OFAC-29250 | honorific
            J. Lee Ka-chiu                | OFAC-29250 | initial
            Jhon Lee Ka Chiu              | OFAC-29250 | typo
            Carrie Lam Cheng Yuet-ngor    | OFAC-29249 | Cantonese alias with English name
            Vladimir Putin                | OFAC-35096 | order, no patronymic
            Путин Владимир Владимирович   | OFAC-35096 | Cyrillic
            Владимир Путин                | OFAC-35096 | Cyrillic, reordered
            Presidente Vladimir Putin     | OFAC-35096 | title in Spanish
            Vladimir Puttin               | OFAC-35096 | doubled letter
            Wladimir Putin                | OFAC-35096 | German spelling
            Osama bin Laden               | OFAC-6365  | common spelling against BIN LADIN, Usama
            Sberbank Rossii PAO           | OFAC-17018 | Russian legal form abbreviation
            Argument AO                   | OFAC-37447 | legal form moved and translated
            Anglo Caribbean Company Limited | OFAC-173 | legal form spelled out
            Kim Jong Un                   | OFAC-20157 | Korean order
            أسامة بن لادن                  | OFAC-6365  | Arabic script against the romanised entry
            Wladimir Wladimirowitsch Putin | OFAC-35096 | German spelling of the patronymic
            Βλαντίμιρ Πούτιν               | OFAC-35096 | Greek script, nt for d
            Уладзімір Пуцін                | OFAC-35096 | Belarusian Cyrillic
            ولادیمیر پوتین                 | OFAC-35096 | Persian script, waw for v
            Sergey Lavrov                  | OFAC-35233 | variant spelling of Sergei, no patronymic
            Usama Bin Ladin                | OFAC-6365  | the list's own spelling, natural order
            BIN LADEN Osama                | OFAC-6365  | surname first, variant given name
            """)
    void findsListedPartyAsTopMatch(String query, String partyId, String why) {
        List<Match> matches = RealListIndex.get().screen(ScreeningQuery.byName(query, THRESHOLD));

        assertThat(matches).as("%s (%s)", query, why).isNotEmpty();
        assertThat(matches.get(0).party().id()).as("%s (%s): top match %s", query, why, matches.get(0).matchedName())
                .isEqualTo(partyId);
        assertThat(matches.get(0).match()).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a match for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            John Lee        | OFAC-29250 | two common names, even though LEE, John is an alias
            Vladimir        | OFAC-35096 | a single common given name
            Maria Putina Smith | OFAC-35096 | a relative's surname is not the person
            """)
    void doesNotMatchOnCommonNamesAlone(String query, String partyId, String why) {
        List<Match> matches = RealListIndex.get().screen(ScreeningQuery.byName(query, THRESHOLD));

        assertThat(matches).as("%s (%s)", query, why).noneMatch(m -> m.party().id().equals(partyId));
    }

    @ParameterizedTest(name = "{0} matches no company")
    @CsvSource(delimiter = '|', textBlock = """
            ACME CORP
            Acme Trading Company Limited
            Global Holdings LLC
            ООО Ромашка
            """)
    void doesNotMatchCompaniesOnLegalFormsAndGenericWords(String query) {
        List<Match> matches = RealListIndex.get().screen(ScreeningQuery.byName(query, THRESHOLD));

        assertThat(matches).as(query).isEmpty();
    }
}
