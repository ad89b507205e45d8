package org.sanctions.lookup.matching;

/** How an attribute (birth date, nationality, kind, alias quality) moved the score, with a human sentence. */
public record AttributeEffect(String attribute, Effect effect, double delta, String detail) {

    /** Direction of the effect. */
    public enum Effect {
        RAISED, LOWERED, NEUTRAL
    }
}
