package org.sanctions.lookup.matching;

/** One indexed name: vocabulary ids of its tokens and of its joinable adjacent pairs (Ka-chiu as kachiu). */
final class IndexedName {

    final int party;
    final int[] tokens;
    final byte[] roles;
    /** joins[i] is the vocabulary id of tokens i and i+1 written together, or -1. */
    final int[] joins;
    final NameType type;
    final String fullName;
    final String[] dropped;
    boolean live = true;

    IndexedName(int party, int[] tokens, byte[] roles, int[] joins, NameType type, String fullName,
            String[] dropped) {
        this.party = party;
        this.tokens = tokens;
        this.roles = roles;
        this.joins = joins;
        this.type = type;
        this.fullName = fullName;
        this.dropped = dropped;
    }

    private static final TokenRole[] ROLES = TokenRole.values();

    TokenRole role(int i) {
        return ROLES[roles[i]];
    }

    /** Whether two adjacent tokens may also be written as one: hyphenated, or short syllables (Jia Chao, Ka Chiu). */
    static boolean joinable(NameToken a, NameToken b) {
        if (a.role() == TokenRole.INITIAL || b.role() == TokenRole.INITIAL) {
            return false;
        }
        int la = a.text().length();
        int lb = b.text().length();
        return a.hyphenatedWithNext() || Math.min(la, lb) <= 3 || Math.max(la, lb) <= 5;
    }
}
