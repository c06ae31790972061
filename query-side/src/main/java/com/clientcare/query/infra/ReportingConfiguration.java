package com.clientcare.query.infra;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reports group time in the firm's zone (Europe/London by default), and accept dates as well as instants. */
@Configuration
public class ReportingConfiguration implements WebMvcConfigurer {

    private final ZoneId zone;

    public ReportingConfiguration(@Value("${clientcare.reporting.zone:Europe/London}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Instant.class, (Converter<String, Instant>) text ->
                text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(zone).toInstant());
    }
}
