package org.sanctions.gateway.support;

import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Tokens an attacker could build, with jose4j: the claims of a real token (right issuer, audience, roles, expiry)
 * re-signed with a key of our own, with HMAC, or not at all.
 */
public final class ForgedTokens {

    private static final KeyPair ATTACKER_KEY = rsaKeyPair();

    private ForgedTokens() {
    }

    /** The claims of a token, read without checking it (it is ours to copy). */
    public static JwtClaims claimsOf(String token) {
        try {
            return new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                    .setSkipSignatureVerification().build().processToClaims(token);
        } catch (InvalidJwtException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    /** The key id (kid) in a token's header. */
    public static String keyIdOf(String token) {
        try {
            return JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue();
        } catch (JoseException e) {
            throw new IllegalArgumentException("not a JWS", e);
        }
    }

    /** Signed RS256 with a locally generated key, under the key id given (the realm's own, or an unknown one). */
    public static String signedWithForeignKey(JwtClaims claims, String keyId) {
        return sign(claims, AlgorithmIdentifiers.RSA_USING_SHA256, ATTACKER_KEY.getPrivate(), keyId);
    }

    /** HS256 with the given bytes as the secret (the classic attack uses the realm's public key). */
    public static String signedWithHmac(JwtClaims claims, byte[] secret, String keyId) {
        return sign(claims, AlgorithmIdentifiers.HMAC_SHA256, new HmacKey(secret), keyId);
    }

    /** Unsigned: alg none and an empty signature. */
    public static String unsigned(JwtClaims claims) {
        return sign(claims, AlgorithmIdentifiers.NONE, null, null);
    }

    private static String sign(JwtClaims claims, String algorithm, Key key, String keyId) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        jws.setHeader("typ", "JWT");
        if (keyId != null) {
            jws.setKeyIdHeaderValue(keyId);
        }
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign", e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
