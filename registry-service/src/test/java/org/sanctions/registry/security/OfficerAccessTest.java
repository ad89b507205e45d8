package org.sanctions.registry.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer", roles = Roles.OFFICER)
class OfficerAccessTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void enforcesTheMatrix(Route route) {
        AccessMatrix.check(route, Roles.OFFICER);
    }
}
