package org.sanctions.lookup.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Adds the bearer token of the lookup-service client (from {@link RegistryTokens}) to every registry call. */
@ApplicationScoped
public class RegistryAuthorization implements ClientHeadersFactory {

    private final RegistryTokens tokens;

    RegistryAuthorization(RegistryTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        tokens.authorization().ifPresent(value -> headers.putSingle(HttpHeaders.AUTHORIZATION, value));
        return headers;
    }
}
