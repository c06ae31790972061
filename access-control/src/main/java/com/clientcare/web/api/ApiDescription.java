package com.clientcare.web.api;

import java.util.Map;

/**
 * What one application says about its API; {@link ApiDescriptionCustomizer} applies it to whatever operations
 * exist. An operation is listed under the tag of its controller's feature package ({@code client} ->
 * {@link ApiTag#CLIENTS}), unless its path starts with one of {@code byPathPrefix}. The example body of each
 * command comes from {@code openapi/examples.json} on the application's class path, keyed by method and path
 * ({@code "POST /api/clients"}): paths are the fixed contract, while request records get renamed.
 *
 * @param purpose              what the application is for and who calls it (Markdown)
 * @param decidesBusinessRules whether its changes can break a business rule (422)
 */
public record ApiDescription(String title, String purpose, Map<String, ApiTag> byPackage,
                             Map<String, ApiTag> byPathPrefix, boolean decidesBusinessRules) {

    public static final String EXAMPLES = "openapi/examples.json";
}
