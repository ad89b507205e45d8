package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic and Persian script in both directions: an Arabic-script query against a name the list writes in Latin
 * letters, and a Latin query against a name the list writes in Arabic script. The names are written here from the
 * BGN/PCGN and ALA-LC romanisation tables and common informal spellings (Mohammed, Hussein, Yousef), not taken from
 * a sanctions list.
 */
class ArabicScriptScreeningTest {

    /** Arabic-script spelling | one Latin spelling a list or a bank writes for it. */
    private static final String PAIRS = """
            محمد عبد الله بن يوسف الخطيب     | Mohammed Abdullah bin Yousef al-Khatib
            محمد عبد الله بن يوسف الخطيب     | Muhammad Abd Allah ibn Yusuf al-Khatib
            محمد عبدالله يوسف الخطيب          | Mohamed Abdulla Youssef El Khatib
            محمد عبد الله بن يوسف الخطيب     | Mohamad Abdallah Yusef Alkhatib
            حسين علي الزبيدي                  | Hussein Ali al-Zubaidi
            حسين علي الزبيدي                  | Husayn Aly az-Zubaydi
            حسين علي الزبيدي                  | Hussain Ali Zubaydi
            عبد الرحمن سعيد الحسيني          | Abdul Rahman Saeed al-Husseini
            عبد الرحمن سعيد الحسيني          | Abd al-Rahman Said al-Husayni
            عبد الرحمن سعيد الحسيني          | Abdurrahman Sayeed Husseini
            فاطمة حسن النجار                  | Fatimah Hassan an-Najjar
            فاطمة حسن النجار                  | Fatma Hasan El Naggar
            مصطفى عيسى الشريف                | Mustafa Issa ash-Sharif
            مُصْطَفَى عِيسَى الشَّرِيف          | Mostafa Eisa al-Sherif
            مصطفـــى عیسی الشریف              | Moustafa Isa Sharif
            إبراهيم أسامة القاضي              | Ibrahim Usama al-Qadi
            ابراهيم اسامه القاضي              | Ebrahim Osama El Kadi
            رضا قاسم‌زاده                     | Reza Ghasemzadeh
            رضا قاسم‌زاده                     | Reza Qasemzadeh
            مصطفی کریمی‌پور                   | Mostafa Karimipour
            پژمان چگینی‌نژاد                   | Pejman Chegininejad
            پژمان چگینی‌نژاد                   | Pezhman Chegini-Nezhad
            غلامحسین جعفری                   | Gholamhossein Jafari
            غلامحسین جعفری                   | Gholamhosein Jaafari
            """;

    @ParameterizedTest(name = "Arabic query {0} finds the Latin name {1}")
    @CsvSource(delimiter = '|', textBlock = PAIRS)
    void arabicScriptQueryFindsLatinListedName(String arabic, String latin) {
        assertFinds(latin, arabic);
    }

    @ParameterizedTest(name = "Latin query {1} finds the Arabic-script name {0}")
    @CsvSource(delimiter = '|', textBlock = PAIRS)
    void latinQueryFindsArabicScriptListedName(String arabic, String latin) {
        assertFinds(arabic, latin);
    }

    /** Different names that share a consonant skeleton or most letters stay apart, in both directions. */
    @ParameterizedTest(name = "{0} does not alert on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            محمود حسن الخطيب                  | Mohammed Hussein al-Khatib
            Mahmoud Hassan al-Khatib         | محمد حسين الخطيب
            حسين علي الزبيدي                  | Hassan Ali al-Zubaidi
            Karim Jafari                     | کریم جعفرزاده
            """)
    void differentNamesDoNotAlert(String query, String listed) {
        ListedParty party = person(listed);
        NamedParties.assertNoAlert(indexWith(party), query, party);
    }

    @Test
    void vowellessSpellingAlignsWithTheGivenNameItSpellsNotTheSurnameThatSharesItsConsonants() {
        ListedParty party = person("MAHMOUDI, Mohammad");
        ScreeningIndex index = indexWith(party);

        Match m = index.screen(ScreeningQuery.byName("محمد", 0)).stream()
                .filter(x -> x.party().id().equals(party.id())).findFirst().orElseThrow();

        assertThat(m.explanation().alignments()).as("%s", m.explanation()).singleElement().satisfies(a -> {
            assertThat(a.queryToken()).isEqualTo("mhmd");
            assertThat(a.nameToken()).isEqualTo("mohammad");
        });
        assertThat(m.explanation().unmatchedNameTokens()).containsExactly("mahmoudi");
    }

    @Test
    void longVowelsTheScriptWritesMustAgreeShortOnesMayDiffer() {
        assertThat(ArabicAlignment.similarity("mhmd", "mohammed")).isGreaterThan(0.9f);
        assertThat(ArabicAlignment.similarity("mhmd", "muhamad")).isGreaterThan(0.9f);
        assertThat(ArabicAlignment.similarity("mhmwd", "mahmoud")).isGreaterThan(0.9f);
        assertThat(ArabicAlignment.similarity("mhmd", "mahmoudi"))
                .isLessThan(ArabicAlignment.similarity("mhmd", "mohammad") - 0.1f);
        assertThat(ArabicAlignment.similarity("mhmwd", "mohammad"))
                .isLessThan(ArabicAlignment.similarity("mhmwd", "mahmud") - 0.1f);
        assertThat(ArabicAlignment.similarity("hsyn", "hassan")).isZero();
    }

    private static void assertFinds(String listed, String query) {
        ListedParty party = person(listed);
        NamedParties.assertFinds(indexWith(party), query, party);
    }

    /** The party among others with the same given names and different family names, so it must win on the name. */
    private static ScreeningIndex indexWith(ListedParty party) {
        return NamedParties.indexWith(party, "Mohammed Hassan Darwish", "Ali Hussein Mansour", "Abdullah Yousef Haddad",
                "Fatima Ahmed Saleh", "محمد علي الحداد", "عبد الله حسن منصور", "Reza Ahmadi Tehrani", "Ahmad Rahimi",
                "Karim Jafarzadeh");
    }

    private static ListedParty person(String name) {
        return NamedParties.listed(name, Kind.PERSON);
    }
}
