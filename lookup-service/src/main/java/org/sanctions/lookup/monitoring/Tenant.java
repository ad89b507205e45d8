package org.sanctions.lookup.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Collection;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.screening.Caller;

/**
 * The bank a caller acts for, read from the token's {@code bank} claim (a hardcoded claim on each bank's client, the
 * bank group of each of its users), never from the request. An auditor has no bank and reads every bank.
 *
 * @param bank the caller's bank, or null for an auditor reading all banks
 * @param actor who acts, for the alert history: the user name, or the client id of a bank system
 */
public record Tenant(String bank, String actor, boolean auditor) {

    /** The token claim that names the bank. */
    public static final String CLAIM = "bank";

    /** The caller's tenant; 403 when a role that acts for a bank comes without exactly one bank. */
    public static Tenant of(SecurityIdentity identity) {
        Caller caller = Caller.of(identity);
        String actor = caller.username() != null ? caller.username() : caller.clientId();
        Optional<String> bank = claim(identity);
        if (bank.isPresent()) {
            return new Tenant(bank.get(), actor, false);
        }
        if (identity.hasRole("auditor")) {
            return new Tenant(null, actor, true);
        }
        throw new ProblemException(403, "forbidden", "The token names no bank; monitoring needs one.", null);
    }

    /** The bank for writing: an auditor never writes, so only a caller with a bank gets here. */
    public String writer() {
        if (bank == null) {
            throw new ProblemException(403, "forbidden", "Only a bank's own callers change its monitoring.", null);
        }
        return bank;
    }

    private static Optional<String> claim(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(CLAIM);
        if (value instanceof Collection<?> values) {
            // the group-membership mapper gives a list; a user of two banks is refused rather than guessed
            return values.size() == 1 ? Optional.of(text(values.iterator().next())) : Optional.empty();
        }
        if (value instanceof jakarta.json.JsonArray array) {
            return array.size() == 1 ? Optional.of(text(array.get(0))) : Optional.empty();
        }
        return value == null ? Optional.empty() : Optional.of(text(value)).filter(s -> !s.isBlank());
    }

    private static String text(Object value) {
        String s = value instanceof jakarta.json.JsonString js ? js.getString() : String.valueOf(value);
        return s.startsWith("/") ? s.substring(1) : s;
    }
}
