package com.clientcare.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How both applications read requests before any handler decides anything (negotiation first, strict JSON), and
 * how a request is traced in the logs: its correlation id on every line, a failure logged once.
 */
@AutoConfiguration
public class WebRequestConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptableResponse());
    }

    /**
     * {@code {"reason": "a", "reason": "b"}} is refused naming the field rather than silently keeping one value,
     * and so is text with control characters ({@link PrintableText}).
     */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictRequestJson() {
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .deserializerByType(String.class, new PrintableText());
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    public ErrorLogging errorLogging(ObjectMapper mapper) {
        return new ErrorLogging(mapper);
    }

    @Bean
    public ErrorLogging.ProblemAnswered problemAnswered() {
        return new ErrorLogging.ProblemAnswered();
    }
}
