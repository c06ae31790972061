package com.clientcare.web.api;

import com.clientcare.access.AccessControlProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the description is decorated outside what the applications' tests see with the local profile (#20). */
class ApiDescriptionCustomizerTest {

    /** A controller of the feature package {@code api} (this one), which the description maps to Clients. */
    static class ClientsController {
        public void read() {
        }
    }

    private static final ApiDescription DESCRIPTION = new ApiDescription("Title", "Purpose.",
            Map.of("api", ApiTag.CLIENTS), Map.of("/api/admin/", ApiTag.ADMINISTRATION), false);

    @Test
    void outside_the_local_profile_the_scheme_is_a_bearer_jwt_whose_roles_claim_is_named() {
        OpenAPI api = decorated(new AccessControlProperties(AccessControlProperties.Mode.JWT, List.of(), "groups",
                null, null, null, null, null, null));

        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get("bearerAuth");
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(scheme.getBearerFormat()).isEqualTo("JWT");
        assertThat(api.getPaths().get("/api/clients/{id}").getGet().getSecurity())
                .singleElement().satisfies(requirement -> assertThat(requirement).containsKey("bearerAuth"));
        assertThat(api.getInfo().getDescription()).contains("bearer JWT", "`groups` claim", "Authorize");
    }

    @Test
    void an_operation_is_tagged_by_its_controllers_package_and_a_path_prefix_overrides_it() throws Exception {
        ApiDescriptionCustomizer customizer = new ApiDescriptionCustomizer(DESCRIPTION, local());
        HandlerMethod handler = new HandlerMethod(new ClientsController(), "read");

        assertThat(customizer.customize(new Operation().addTagsItem("clients-controller"), handler).getTags())
                .containsExactly("Clients");
        OpenAPI api = decorated(local());
        assertThat(api.getPaths().get("/api/admin/projections").getGet().getTags()).containsExactly("Administration");
        assertThat(api.getTags()).extracting(io.swagger.v3.oas.models.tags.Tag::getName)
                .containsExactly("Clients", "Administration");
    }

    private static OpenAPI decorated(AccessControlProperties access) {
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/clients/{id}", new PathItem().get(new Operation().addTagsItem("Clients")))
                .addPathItem("/api/admin/projections", new PathItem().get(new Operation()
                        .addTagsItem("projection-admin-controller"))));
        new ApiDescriptionCustomizer(DESCRIPTION, access).customise(api);
        return api;
    }

    private static AccessControlProperties local() {
        return new AccessControlProperties(AccessControlProperties.Mode.LOCAL, List.of(), null, null, null, null,
                null, null, null);
    }
}
