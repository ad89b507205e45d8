package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalisation tables: scripts, legal forms, titles, hyphens, digits. */
class NameNormalizerTest {

    private final NameNormalizer normalizer = new NameNormalizer(Lexicon.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LEE, John Ka-chiu            | lee john ka chiu
            Владимир Путин               | vladimir putin
            Дмитрий Медведев             | dmitriy medvedev
            Олександр Зінченко           | oleksandr zinchenko
            习近平                        | xi jin ping
            Αλέξανδρος                   | alexandros
            Ἀλέξανδρος                   | alexandros
            ვლადიმერ პუტინი              | vladimer putini
            Վլադիմիր Պուտին              | vladimir putin
            Präsident Wladimir Putin     | wladimir putin
            O'NEILL, Séan                | oneill sean
            ＡＣＭＥ　Ｔｒａｄｉｎｇ       | acme trading
            Hotel 7 Eleven               | hotel 7 11
            Brigade Forty-Four           | brigade 44
            1st International Bank       | 1 international bank
            SergeiLavrov                 | sergei lavrov
            A.B.C. Trading               | abc trading
            Βλαντίμιρ Πούτιν             | vladimir poutin
            Ντόναλντ Τραμπ               | donald tramp
            भ्लादिमिर पुटिन               | bhladimir putin
            이민호                        | yi min ho
            박지성                        | bag ji seong
            أسامة بن لادن                 | asama bin ladn
            إبراهيم                       | abrahym
            ابراهيم                       | abrahym
            مُحَمَّد                        | mhmd
            محـــمد                       | mhmd
            مصطفى                         | mstfa
            عیسی کریمی                    | aysy krymy
            عيسى كريمي                    | aysa krymy
            پژمان چگینی                   | pzhman chgyny
            فاطمة                         | fatma
            الشمري                        | al shmry
            عبد الرحمن                    | abdalrhmn
            عبد الله                      | abdallh
            Abdul Rahman                  | abdulrahman
            Abd al-Rahman                 | abdalrahman
            Abdel Aziz                    | abdelaziz
            Wladimir Wladimirowitsch Putin | wladimir wladimirovich putin
            Wladimir Wladimirowitsj Poetin | wladimir wladimirovich poetin
            Уладзімір Уладзіміравіч Пуцін | uladzimir uladzimirovich putsin
            """)
    void romanisesAndCleans(String raw, String expected) {
        assertThat(text(normalizer.normalize(raw, null))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1} [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            ООО Ромашка                            | romashka   | llc
            OOO ROMASHKA                           | romashka   | llc
            Romashka Limited Liability Company     | romashka   | llc
            TOO Kazakh Trading                     | kazakh trading | llc
            Siemens Aktiengesellschaft             | siemens    | ag
            Siemens AG                             | siemens    | ag
            Volkswagen GmbH                        | volkswagen | gmbh
            ANGLO-CARIBBEAN CO., LTD.              | anglo caribbean | ltd
            Acme Corp                              | acme       | corp
            Banco Nacional S.A.                    | banco nacional | sa
            Public Joint Stock Company Sberbank    | sberbank   | jsc
            """)
    void stripsLegalFormsAcrossLanguages(String raw, String tokens, String form) {
        NormalizedName n = normalizer.normalize(raw, Kind.ORGANIZATION);

        assertThat(text(n)).isEqualTo(tokens);
        assertThat(n.legalForm()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ka-chiu   | ka chiu | true
            Yuet-ngor | yuet ngor | true
            """)
    void keepsHyphenatedSyllablesJoinable(String raw, String tokens, boolean hyphenated) {
        NormalizedName n = normalizer.normalize(raw, Kind.PERSON);

        assertThat(text(n)).isEqualTo(tokens);
        assertThat(n.tokens().get(0).hyphenatedWithNext()).isEqualTo(hyphenated);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource(textBlock = """
            1957-13-01
            1957-02-30
            57
            1957/12/07
            ''
            """)
    void rejectsInvalidDates(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} is accepted")
    @CsvSource(textBlock = """
            1957
            1957-12
            1957-12-07
            """)
    void acceptsPartialDates(String text) {
        assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
    }

    private static String text(NormalizedName n) {
        List<String> words = n.tokens().stream().map(NameToken::text).toList();
        return String.join(" ", words);
    }
}
