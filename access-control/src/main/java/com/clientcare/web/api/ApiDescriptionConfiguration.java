package com.clientcare.web.api;

import com.clientcare.access.AccessControlProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** An application that declares its {@link ApiDescription} gets it applied to its OpenAPI document. */
@AutoConfiguration
public class ApiDescriptionConfiguration {

    @Bean
    @ConditionalOnBean(ApiDescription.class)
    public ApiDescriptionCustomizer apiDescriptionCustomizer(ApiDescription description,
                                                             AccessControlProperties access) {
        return new ApiDescriptionCustomizer(description, access);
    }
}
