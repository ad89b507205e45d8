package org.sanctions.lookup.ownership;

/**
 * An edge: {@code owner} holds {@code share} of {@code owned} and/or controls it.
 */
public record Holding(String owner, String owned, Share share, boolean controls) {

    public Holding {
        share = share == null ? Share.none() : share;
    }

    public static Holding owns(String owner, String owned, Share share) {
        return new Holding(owner, owned, share, false);
    }

    public static Holding controls(String owner, String owned) {
        return new Holding(owner, owned, Share.none(), true);
    }
}
