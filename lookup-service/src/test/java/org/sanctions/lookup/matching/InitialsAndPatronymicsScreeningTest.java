package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Initials and patronymics, Latin and Cyrillic: East Slavic names are written given name, patronymic, surname
 * (Aleksandr Viktorovich), shortened to initials in documents and payments (A. V.); the transliteration is
 * BGN/PCGN's. An initial that agrees with the given name or the patronymic counts for the match, one that disagrees
 * counts against it. The names are made up from common given names and surname endings, not taken from a list.
 */
class InitialsAndPatronymicsScreeningTest {

    private static final double THRESHOLD = ScoringWeights.defaults().threshold();

    @ParameterizedTest(name = "{0} is the listed {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A. V. Korovin                      | Aleksandr Viktorovich KOROVIN
            Aleksandr V. Korovin               | Aleksandr Viktorovich KOROVIN
            A. Viktorovich Korovin             | Aleksandr Viktorovich KOROVIN
            Korovin A.V.                       | KOROVIN, Aleksandr Viktorovich
            A.V. Korovin                       | KOROVIN, Aleksandr Viktorovich
            А. В. Коровин                      | Aleksandr Viktorovich KOROVIN
            Коровин А.В.                       | KOROVIN, Aleksandr Viktorovich
            Александр В. Коровин               | KOROVIN, Aleksandr Viktorovich
            А. В. Коровин                      | Коровин Александр Викторович
            Aleksandr Viktorovich Korovin      | KOROVIN, A. V.
            Aleksandr Viktorovich Korovin      | Коровин А. В.
            Yelena S. Mirgorodskaya            | MIRGORODSKAYA, Yelena Sergeyevna
            Е. С. Миргородская                 | MIRGORODSKAYA, Yelena Sergeyevna
            """)
    void agreeingInitialsCountForTheMatch(String query, String listed) {
        ListedParty party = person(listed);
        NamedParties.assertFinds(indexWith(party), query, party);
    }

    /** The same listed name; the agreeing query scores above the disagreeing one. */
    @ParameterizedTest(name = "against {0}: {1} above {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Aleksandr PETROV                   | A. Petrov             | B. Petrov
            Aleksandr PETROV                   | А. Петров             | Б. Петров
            Aleksandr Viktorovich KOROVIN      | A. V. Korovin         | A. N. Korovin
            Aleksandr Viktorovich KOROVIN      | A. V. Korovin         | D. V. Korovin
            Aleksandr Viktorovich KOROVIN      | Aleksandr V. Korovin  | Aleksandr N. Korovin
            Aleksandr Viktorovich KOROVIN      | Aleksandr Korovin     | Aleksandr N. Korovin
            Aleksandr Viktorovich KOROVIN      | А. В. Коровин         | Д. Н. Коровин
            Yelena Sergeyevna MIRGORODSKAYA    | Ye. S. Mirgorodskaya  | O. S. Mirgorodskaya
            """)
    void disagreeingInitialCountsAgainstTheMatch(String listed, String agreeing, String disagreeing) {
        ListedParty party = person(listed);
        ScreeningIndex index = indexWith(party);
        double agree = NamedParties.scoreOf(index, agreeing, party);
        double disagree = NamedParties.scoreOf(index, disagreeing, party);
        assertThat(disagree).as("%s %.3f vs %s %.3f", agreeing, agree, disagreeing, disagree).isLessThan(agree - 0.02);
    }

    /** Both initials wrong: another person with the same surname. */
    @ParameterizedTest(name = "{0} does not alert on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            B. N. Korovin                      | Aleksandr Viktorovich KOROVIN
            Д. Н. Коровин                      | Aleksandr Viktorovich KOROVIN
            Boris N. Korovin                   | Aleksandr Viktorovich KOROVIN
            O. D. Mirgorodskaya                | MIRGORODSKAYA, Yelena Sergeyevna
            """)
    void disagreeingInitialsDoNotAlert(String query, String listed) {
        ListedParty party = person(listed);
        assertThat(NamedParties.scoreOf(indexWith(party), query, party)).as("%s -> %s", query, listed)
                .isLessThan(THRESHOLD);
    }

    /** Among people who share the given names, patronymics or the surname, so that it must win on the whole name. */
    private static ScreeningIndex indexWith(ListedParty party) {
        return NamedParties.indexWith(party, "Aleksandr Nikolayevich SOKOLOVSKY", "Dmitriy Viktorovich LAPIN",
                "Boris Nikolayevich KOROVIN", "Viktor Aleksandrovich ZUBKOV", "Yelena Olegovna MIRONOVA",
                "Olga Sergeyevna MIRGORODSKAYA", "Aleksandr Ivanovich PETROVSKIY", "Ivan Aleksandrovich PETROV");
    }

    private static ListedParty person(String name) {
        return NamedParties.listed(name, Kind.PERSON);
    }
}
