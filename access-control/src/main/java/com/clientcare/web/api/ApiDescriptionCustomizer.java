package com.clientcare.web.api;

import com.clientcare.access.AccessControlProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.method.HandlerMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes whatever operations an application has, centrally, so that no controller or request record carries
 * documentation annotations: the title and purpose, how to authenticate (HTTP Basic with the local profile's
 * users, a bearer JWT otherwise) applied to every operation, a domain tag per operation, the problem+json
 * answers each kind of operation can give, and an example body for every command.
 */
public class ApiDescriptionCustomizer implements OpenApiCustomizer, OperationCustomizer {

    public static final String PROBLEM_SCHEMA = "ProblemDetail";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ApiDescription description;
    private final AccessControlProperties access;
    private final Map<String, Object> examples;

    public ApiDescriptionCustomizer(ApiDescription description, AccessControlProperties access) {
        this.description = description;
        this.access = access;
        this.examples = examples();
    }

    /** The tag of the controller's feature package: springdoc would name it after the class. */
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String pkg = handler.getBeanType().getPackageName();
        ApiTag tag = description.byPackage().get(pkg.substring(pkg.lastIndexOf('.') + 1));
        if (tag != null) {
            operation.setTags(new ArrayList<>(List.of(tag.title())));
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title(description.title()).version("1")
                .description(description.purpose() + "\n\n" + authentication()));
        if (api.getComponents() == null) {
            api.components(new Components());
        }
        api.getComponents().addSecuritySchemes(schemeName(), securityScheme());
        api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describe(path, method, operation)));
        }
        api.setTags(Arrays.stream(ApiTag.values())
                .filter(tag -> api.getPaths() != null && api.getPaths().values().stream()
                        .flatMap(item -> item.readOperations().stream())
                        .anyMatch(operation -> operation.getTags() != null
                                && operation.getTags().contains(tag.title())))
                .map(tag -> new Tag().name(tag.title()).description(tag.description()))
                .toList());
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        description.byPathPrefix().forEach((prefix, tag) -> {
            if (path.startsWith(prefix)) {
                operation.setTags(new ArrayList<>(List.of(tag.title())));
            }
        });
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityItem(new SecurityRequirement().addList(schemeName()));
        }
        errorAnswers(path, method, operation);
        Object example = examples.get(method.name() + " " + path);
        if (example != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
        }
    }

    /** The refusals this kind of operation can answer, each problem+json (see each side's ProblemResponses). */
    private void errorAnswers(String path, PathItem.HttpMethod method, Operation operation) {
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (operation.getResponses() == null) {
            operation.responses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        if (body || parameters) {
            answer(responses, "400", "Malformed: `errors` names each field or parameter that is wrong");
        }
        answer(responses, "401", "No credentials, or credentials that were not accepted")
                .addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema()));
        answer(responses, "403", "The caller's roles (or the record itself) do not allow this");
        if (path.contains("{") || body) {
            answer(responses, "404", "Nothing is recorded under an id the request names");
        }
        if (changes) {
            answer(responses, "409", "A concurrent change came first, the If-Match version no longer holds, or the "
                    + "id is already used for something else: read again and retry");
        }
        if (body) {
            answer(responses, "413", "The request body is over the limit (clientcare.access.max-body-bytes)");
        }
        if (changes && description.decidesBusinessRules()) {
            answer(responses, "422", "A business rule forbids this: `rule` names it (e.g. C4), `field` the field "
                    + "when there is one; nothing was recorded");
        }
        answer(responses, "503", "The event store cannot be reached: try again after Retry-After seconds (a retry "
                + "with the same id is safe)")
                .addHeaderObject("Retry-After", new Header().schema(new IntegerSchema()));
    }

    private static ApiResponse answer(ApiResponses responses, String status, String text) {
        return responses.computeIfAbsent(status, code -> new ApiResponse().description(text)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema invalidField = new ObjectSchema();
        invalidField.addProperty("field", new StringSchema());
        invalidField.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("rule", new StringSchema().description("the business rule that forbids it (422)"));
        problem.addProperty("field", new StringSchema().description("the field or header the refusal is about"));
        problem.addProperty("errors", new ArraySchema().items(invalidField)
                .description("each malformed field or parameter (400)"));
        return problem;
    }

    private boolean local() {
        return access.mode() == AccessControlProperties.Mode.LOCAL;
    }

    private String schemeName() {
        return local() ? "basicAuth" : "bearerAuth";
    }

    private SecurityScheme securityScheme() {
        return local() ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT");
    }

    private String authentication() {
        return local()
                ? "**Authentication** (local profile): HTTP Basic with a local user, password `<name>-local` "
                + "(e.g. `consumer` / `consumer-local`, `analyst`, `auditor`, `admin`). In Swagger UI press "
                + "*Authorize* and enter them."
                : "**Authentication**: a bearer JWT from the configured issuer; roles are read from its `"
                + access.rolesClaim() + "` claim and the user's name from `" + access.principalClaim()
                + "`. In Swagger UI press *Authorize* and paste the token.";
    }

    private static Map<String, Object> examples() {
        ClassPathResource resource = new ClassPathResource(ApiDescription.EXAMPLES);
        if (!resource.exists()) {
            return Map.of();
        }
        try (InputStream in = resource.getInputStream()) {
            return new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ApiDescription.EXAMPLES, e);
        }
    }
}
