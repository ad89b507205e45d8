package org.sanctions.registry.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Builds the {@link WriteContext} of the current HTTP write: the actor from the verified token and the reason from the
 * {@code X-Change-Reason} header (UTF-8, percent-encoded where not plain ASCII, at most 1000 characters).
 */
@RequestScoped
public class WriteContexts {

    public static final String REASON_HEADER = "X-Change-Reason";
    public static final int MAX_REASON = 1000;

    private final SecurityIdentity identity;

    public WriteContexts(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The context of a write whose X-Change-Reason header carried {@code reasonHeader}. */
    public WriteContext of(String reasonHeader) {
        return new WriteContext(actor(), reason(reasonHeader));
    }

    public Actor actor() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
            return new Actor(subject, jwt.getClaim("preferred_username"), jwt.getClaim("azp"));
        }
        return new Actor(identity.getPrincipal().getName(), identity.getPrincipal().getName(), null);
    }

    static String reason(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.invalid(REASON_HEADER,
                    "every write needs a reason: send the header " + REASON_HEADER + " (percent-encode non-ASCII text)");
        }
        String text = percentDecode(header.trim());
        String problem = StrictStringDeserializer.problemIn(text);
        if (problem != null) {
            throw ApiException.invalid(REASON_HEADER, problem);
        }
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw ApiException.invalid(REASON_HEADER, "must be at most " + MAX_REASON + " characters");
        }
        return text;
    }

    private static String percentDecode(String value) {
        if (value.indexOf('%') < 0 && value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                int hi = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(value.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw ApiException.invalid(REASON_HEADER, "has a '%' that does not start a %XX escape (write %25)");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c <= 0xff) {
                bytes.write(c); // header bytes arrive as ISO-8859-1 chars; raw UTF-8 is re-assembled here
            } else {
                throw ApiException.invalid(REASON_HEADER, "has characters that are not percent-encoded UTF-8");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalid(REASON_HEADER, "percent-escapes do not decode to UTF-8 text");
        }
    }
}
